import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory ecograph-render PATH... -o FILE [RENDER OPTIONS]`:
/// runs `ecograph render` in the package directory, so a team keeping its model in a Swift
/// package draws its map through SwiftPM. Problems are reported as SwiftPM diagnostics.
@main
struct EcographRenderPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let ecograph = try context.tool(named: "ecograph")
        let run = try EcographTool.run(ecograph.url, ["render"] + arguments, in: context.package.directoryURL)
        FileHandle.standardOutput.write(run.output)
        for line in run.errors.split(separator: "\n") {
            if line.contains("error:") || line.hasPrefix("Error:") {
                Diagnostics.error(String(line))
            } else {
                Diagnostics.warning(String(line))
            }
        }
        if run.status != 0 { throw EcographTool.Failure(status: run.status) }
    }
}
