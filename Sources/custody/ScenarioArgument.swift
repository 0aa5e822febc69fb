import ArgumentParser
import CustodyIO
import Foundation

/// Loads a scenario for a command, printing its warnings, or every error and exit status 2.
enum ScenarioInput {
    /// - Parameter path: the scenario file, or nil for the bundled scenario.
    static func load(_ path: String?) throws -> LoadedScenario {
        do {
            let loaded = try path.map { try ScenarioLoader.load(path: $0) } ?? BundledScenario.load()
            for warning in loaded.warnings { Diagnostics.print(warning.description) }
            return loaded
        } catch let error as InputError {
            for diagnostic in error.diagnostics { Diagnostics.print(diagnostic.description) }
            let count = error.diagnostics.filter { $0.severity == .error }.count
            Diagnostics.print("\(count) error\(count == 1 ? "" : "s"); nothing was written.")
            throw ExitCode(2)
        }
    }

    /// `out/<scenario file stem>` unless `--out` names a folder.
    static func outputFolder(_ out: String?, scenarioPath: String) -> String {
        if let out { return out }
        let stem = ((scenarioPath as NSString).lastPathComponent as NSString).deletingPathExtension
        return "out/\(stem)"
    }
}

/// Diagnostics and progress go to standard error; data goes to files or standard output.
enum Diagnostics {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
