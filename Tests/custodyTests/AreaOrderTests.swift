import Foundation
import GSL
import Testing

/// Listing a scenario's areas in another order changes the order of the CSV rows and nothing
/// else (MODEL §7: rows follow the scenario's order).
struct AreaOrderTests {
    /// The bundled scenario's text with its `[[area]]` blocks shuffled by `random`: the header
    /// before the first area and the `[[sweep]]` tables after the last stay where they are.
    static func shuffledAreas(_ text: String, _ random: RandomSource) -> String {
        var lines = text.components(separatedBy: "\n")
        let sweeps = lines.firstIndex { $0.hasPrefix("[[sweep]]") } ?? lines.count
        let tail = Array(lines[sweeps...])
        lines.removeSubrange(sweeps...)
        let starts = lines.indices.filter { lines[$0].hasPrefix("[[area]]") }
        var blocks = zip(starts, starts.dropFirst() + [lines.count]).map { Array(lines[$0..<$1]) }
        random.shuffle(&blocks)
        return (Array(lines[..<starts[0]]) + blocks.flatMap { $0 } + tail).joined(separator: "\n")
    }

    /// The rows of each CSV of `folder`, sorted.
    func sortedRows(in folder: URL) throws -> [String: [Substring]] {
        var files: [String: [Substring]] = [:]
        for name in ["monthly.csv", "summary.csv", "streets.csv"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            files[name] = text.split(separator: "\r\n").sorted()
        }
        return files
    }

    @Test func runWritesTheSameRowsWhateverTheOrderOfAreas() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let scenarios = CommandRunner.repository.appendingPathComponent("scenarios")
        try FileManager.default.copyItem(at: scenarios.appendingPathComponent("xunyang-ledger.csv"),
                                         to: work.appendingPathComponent("xunyang-ledger.csv"))
        let text = try String(contentsOf: scenarios.appendingPathComponent("xunyang-2023.toml"), encoding: .utf8)
        #expect(try CommandRunner.run(["run", scenarios.appendingPathComponent("xunyang-2023.toml").path, "--out", "ref"],
                                      in: work).status == 0)
        let reference = try sortedRows(in: work.appendingPathComponent("ref"))
        let random = RandomSource(seed: 3)
        for k in 0..<3 {
            let shuffled = Self.shuffledAreas(text, random)
            #expect(shuffled != text)
            try shuffled.write(to: work.appendingPathComponent("s\(k).toml"), atomically: true, encoding: .utf8)
            let outcome = try CommandRunner.run(["run", "s\(k).toml", "--out", "o\(k)"], in: work)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let rows = try sortedRows(in: work.appendingPathComponent("o\(k)"))
            for name in reference.keys.sorted() {
                #expect(rows[name] == reference[name], "shuffle \(k): \(name)")
            }
        }
    }
}
