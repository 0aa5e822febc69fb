import Foundation

/// Runs the built `custody` binary, as a user would.
struct CommandRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root, found from this file.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `custody` sits beside the test bundle in SwiftPM's build folder.
    static let binary: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while !folder.path.hasSuffix(".xctest") && folder.path != "/" { folder.deleteLastPathComponent() }
        return folder.deletingLastPathComponent().appendingPathComponent("custody")
    }()

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("custody-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `folder/name.toml`: a 12-month scenario of one merged-custody area `a` with one
    /// inline compound `C1`. `sections` (e.g. a `[params]` table) follow the `[scenario]` table,
    /// from line 5; `areaSections` follow the area's keys.
    static func writeOneAreaScenario(_ name: String, in folder: URL, sections: String = "", areaSections: String = "",
                                     households: Int = 10, floorArea: Int = 800) throws {
        let toml = """
            [scenario]
            name = "\(name)"
            start = "2023-06"
            months = 12
            \(sections)
            [[area]]
            id = "a"
            street = "湓浦"
            mode = "merged-custody"
            provider = "new"
            \(areaSections)
            [[area.compound]]
            id = "C1"
            households = \(households)
            floor_area_m2 = \(floorArea)
            enclosable = false
            """
        try toml.write(to: folder.appendingPathComponent("\(name).toml"), atomically: true, encoding: .utf8)
    }
}
