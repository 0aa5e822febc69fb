import ArgumentParser
import CustodyAnalysis
import CustodyIO
import CustodyModel
import Foundation

/// What the commands share: the area lookup, the output folder and the manifest.
enum CommandOutput {
    /// Writes `files` and manifest.json (with `seed`, if any, and what `describe` adds) into the
    /// output folder and says so on standard error.
    ///
    /// - Throws: `ExitCode.failure` (1) when a file cannot be written.
    static func write(_ files: [(name: String, bytes: [UInt8])], input: LoadedScenario, out: String?,
                      seed: UInt64? = nil, describe: (inout Manifest) -> Void = { _ in }) throws {
        var files = files
        var manifest = Manifest(command: ["custody"] + CommandLine.arguments.dropFirst(), input: input, seed: seed,
                                files: files.map(\.name))
        describe(&manifest)
        files.append(("manifest.json", manifest.encoded()))
        let folder = ScenarioInput.outputFolder(out, scenarioPath: input.scenarioPath)
        do {
            try OutputDirectory(path: folder).write(files)
        } catch let error as OutputError {
            Diagnostics.print(error.description)
            throw ExitCode.failure
        }
        Diagnostics.print("Wrote \(files.map(\.name).joined(separator: ", ")) to \(folder)/")
    }

    /// The index of area `id`, or exit status 2 with the nearest id and the list of areas.
    static func areaIndex(_ id: String, in input: LoadedScenario) throws -> Int {
        let areas = input.scenario.areas
        if let index = areas.firstIndex(where: { $0.id == id }) { return index }
        let hint = NameDistance.nearest(to: id, among: areas.map(\.id)).map { " (did you mean `\($0)`?)" } ?? ""
        Diagnostics.print("error: no area `\(id)` in \(input.scenarioPath)\(hint); its areas are: \(areas.map(\.id).joined(separator: ", "))")
        throw ExitCode(2)
    }

    /// A number for a summary line: four significant digits.
    static func short(_ x: Double) -> String { String(format: "%.4g", x) }

    /// Exit status 3: every file is written, but some solve has no answer (MODEL §7).
    static let unsolved = ExitCode(3)
}
