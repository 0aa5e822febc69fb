import ArgumentParser
import CustodyIO
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a study: write the bundled scenario and ledger into a folder to edit.",
        discussion: """
            Writes DIR/xunyang-2023.toml (commented, every parameter level shown) and \
            DIR/xunyang-ledger.csv (the illustrative compound ledger it reads). Both run as \
            written; replace the ledger rows with your own survey and edit the areas. Existing \
            files are not overwritten unless you pass --force.

            Example:
              custody init my-study && custody run my-study/xunyang-2023.toml
            """
    )

    @Argument(help: "Folder to create or fill.")
    var directory: String

    @Flag(help: "Overwrite files of the same name in DIR.")
    var force = false

    func run() throws {
        let files = BundledScenario.files
        if !force {
            let existing = files.map { (directory as NSString).appendingPathComponent($0.name) }
                .filter { FileManager.default.fileExists(atPath: $0) }
            if !existing.isEmpty {
                Diagnostics.print("error: \(existing.joined(separator: ", ")) already exist\(existing.count == 1 ? "s" : ""); pass --force to overwrite, or choose another folder.")
                throw ExitCode(2)
            }
        }
        do {
            try OutputDirectory(path: directory).write(files)
        } catch let error as OutputError {
            Diagnostics.print(error.description)
            throw ExitCode.failure
        }
        let scenarioFile = (directory as NSString).appendingPathComponent(files[0].name)
        Diagnostics.print("Wrote \(files.map(\.name).joined(separator: " and ")) to \(directory)/. Next: custody run \(scenarioFile)")
    }
}
