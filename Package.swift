// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ecograph",
    products: [
        .executable(name: "ecograph", targets: ["ecograph"]),
        .library(name: "EcographMessages", targets: ["EcographMessages"]),
        .library(name: "EcographCore", targets: ["EcographCore"]),
        .library(name: "EcographRules", targets: ["EcographRules"]),
        .library(name: "EcographReports", targets: ["EcographReports"]),
        .library(name: "EcographRendering", targets: ["EcographRendering"]),
        .library(name: "EcographImport", targets: ["EcographImport"]),
        .library(name: "EcographWasm", targets: ["EcographWasm"]),
        .library(name: "EcographAtlas", targets: ["EcographAtlas"]),
        .library(name: "EcographServe", targets: ["EcographServe"]),
        .library(name: "EcographExport", targets: ["EcographExport"]),
        .library(name: "EcographCLI", targets: ["EcographCLI"]),
        .plugin(name: "EcographCheck", targets: ["EcographCheck"]),
        .plugin(name: "EcographRender", targets: ["EcographRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftwasm/WasmKit", from: "0.4.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // SwiftPM command plugins: `swift package ecograph-check` and `ecograph-render`.
        .plugin(
            name: "EcographCheck",
            capability: .command(
                intent: .custom(verb: "ecograph-check", description: "Check ecosystem models for unclear responsibility")),
            dependencies: ["ecograph"]
        ),
        .plugin(
            name: "EcographRender",
            capability: .command(
                intent: .custom(verb: "ecograph-render", description: "Draw the ecosystem map with Graphviz"),
                permissions: [.writeToPackageDirectory(reason: "ecograph-render writes the map file given with -o")]),
            dependencies: ["ecograph"]
        ),
        // prctl(2) for child processes' lifetimes (subreaper, parent-death signal): C behind
        // EcographCore's ProcessLifetime.
        .target(name: "CProcessControl"),
        // Every text a user sees, in English and German, keyed by stable message ids; no dependencies.
        .target(name: "EcographMessages"),
        // libyaml's C library (Debian: libyaml-dev), found through pkg-config: the reference YAML
        // parser behind EcographSyntax, and the yardstick the benchmark times loading against.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The syntax stage: YAML and JSON text to one flat document of nodes with their places —
        // fast readers for the plain block YAML and JSON models are written in, libyaml for the
        // rest and for every error message. Model files, rule files and the configuration all go
        // through it; the only module that touches libyaml.
        .target(name: "EcographSyntax", dependencies: ["CLibYAML"]),
        // Graph core: model types, the model loader with its diagnostics, canonical export.
        .target(
            name: "EcographCore",
            dependencies: ["CProcessControl", "EcographMessages", "EcographSyntax"]
        ),
        // Rule engine, configuration, waivers and the built-in responsibility-clarity rules.
        .target(
            name: "EcographRules",
            dependencies: ["EcographMessages", "EcographCore", "EcographSyntax"]
        ),
        // Outputs for people and tools: findings as text, JSON and SARIF.
        .target(
            name: "EcographReports",
            dependencies: ["EcographMessages", "EcographCore", "EcographRules"]
        ),
        // Importers: spreadsheets (CSV, and Excel workbooks read with ZIPFoundation and
        // Foundation's XMLParser) to model YAML; the only module that depends on ZIPFoundation.
        .target(
            name: "EcographImport",
            dependencies: ["EcographMessages", "EcographCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Graphviz's C libraries (Debian: libgraphviz-dev), found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Ecosystem maps drawn in-process by Graphviz; the only module that touches C.
        .target(
            name: "EcographRendering",
            dependencies: ["EcographMessages", "EcographCore", "EcographRules", "CGraphviz"]
        ),
        // Sandboxed rule plugins: WebAssembly modules run in-process by WasmKit under fuel, memory
        // and time limits; the only module that depends on WasmKit.
        .target(
            name: "EcographWasm",
            dependencies: [
                "EcographCore", "EcographRules",
                .product(name: "WasmKit", package: "WasmKit"),
                .product(name: "WasmParser", package: "WasmKit"),
            ]
        ),
        // The atlas report: landscape, page-sized maps per field, system and municipality, findings.
        .target(
            name: "EcographAtlas",
            dependencies: ["EcographMessages", "EcographCore", "EcographRules", "EcographReports", "EcographRendering"]
        ),
        // `ecograph serve`: the live workspace page on Hummingbird — maps, findings, portfolio and RACI
        // matrix of a watched model, pushed to the browser as the files change; the only module
        // that depends on Hummingbird.
        .target(
            name: "EcographServe",
            dependencies: [
                "EcographCore", "EcographRules", "EcographReports", "EcographRendering",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // Exports for other tools: Mermaid (wikis, GitLab), GraphML (yEd, Gephi), Neo4j bulk-import CSV.
        .target(
            name: "EcographExport",
            dependencies: ["EcographCore", "EcographRules"]
        ),
        // The command-line surface, as a library so that other packages can run it with extras.
        .target(
            name: "EcographCLI",
            dependencies: [
                "EcographMessages",
                "EcographCore",
                "EcographRules",
                "EcographReports",
                "EcographRendering",
                "EcographImport",
                "EcographAtlas",
                "EcographServe",
                "EcographExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The executable: the CLI with the WebAssembly sandbox plugged in (packages that run the CLI
        // with rules of their own need not build WasmKit).
        .executableTarget(name: "ecograph", dependencies: ["EcographCLI", "EcographWasm"]),
        // Synthetic regions and the cases the benchmark times (libyaml's bare parse among them).
        .target(
            name: "EcographBenchmarks",
            dependencies: [
                "EcographCore", "EcographRules", "EcographRendering", "EcographReports", "EcographWasm", "CLibYAML",
            ]
        ),
        // The fuzz targets (model loader, rule files, configuration, CSV import), for scripts/fuzz
        // (libFuzzer) and for replaying saved crash inputs in the tests.
        .target(
            name: "EcographFuzzing",
            dependencies: ["EcographCore", "EcographRules", "EcographImport"]
        ),
        // `scripts/fuzz TARGET`: the fuzz targets under libFuzzer (built with -sanitize=fuzzer in
        // .build-fuzz); in a normal build it replays input files.
        .executableTarget(name: "ecograph-fuzz", dependencies: ["EcographFuzzing"]),
        // `swift run -c release ecograph-benchmark`: the figures of the README's performance section.
        .executableTarget(
            name: "ecograph-benchmark",
            dependencies: ["EcographBenchmarks", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "EcographMessagesTests",
            dependencies: ["EcographMessages"]
        ),
        .testTarget(
            name: "EcographCoreTests",
            dependencies: ["EcographCore", "EcographSyntax"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "EcographRulesTests",
            dependencies: ["EcographMessages", "EcographRules", "EcographCore", "EcographReports"]
        ),
        .testTarget(
            name: "EcographRenderingTests",
            dependencies: ["EcographMessages", "EcographRendering", "EcographRules", "EcographCore", "EcographBenchmarks"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "EcographBenchmarksTests",
            dependencies: ["EcographBenchmarks", "EcographRules", "EcographCore", "EcographSyntax"]
        ),
        .testTarget(
            name: "EcographWasmTests",
            dependencies: ["EcographWasm", "EcographRules", "EcographCore", "EcographBenchmarks"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "EcographAtlasTests",
            dependencies: ["EcographAtlas", "EcographBenchmarks", "EcographRules", "EcographCore"]
        ),
        .testTarget(
            name: "EcographImportTests",
            dependencies: ["EcographImport", "EcographCore", "EcographMessages"]
        ),
        .testTarget(
            name: "EcographFuzzingTests",
            dependencies: ["EcographFuzzing"]
        ),
        .testTarget(
            name: "EcographCLITests",
            dependencies: ["ecograph", "EcographCLI", "EcographMessages", "EcographCore", "EcographBenchmarks"],
            exclude: ["Fixtures"]
        ),
    ]
)
