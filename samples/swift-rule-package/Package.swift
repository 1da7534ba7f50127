// swift-tools-version:6.0
// A package of your own with Swift rules: it runs the whole ecograph command line with one more
// rule (`swift run musterstadt-ecograph check ../musterstadt.yaml`), and can use ecograph's
// command plugins (`swift package ecograph-check ../musterstadt.yaml`).
import PackageDescription

let package = Package(
    name: "musterstadt-rules",
    dependencies: [
        // In your package: .package(url: "https://github.com/…/ecograph", from: "0.1.0")
        .package(name: "ecograph", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "musterstadt-ecograph",
            dependencies: [
                .product(name: "EcographCLI", package: "ecograph"),
                .product(name: "EcographRules", package: "ecograph"),
                .product(name: "EcographCore", package: "ecograph"),
            ]
        ),
    ]
)
