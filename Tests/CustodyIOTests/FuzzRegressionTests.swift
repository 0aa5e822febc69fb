import Foundation
import Testing
@testable import CustodyIO

/// Inputs that crashed a fuzz target (`Fuzz/run.sh`), kept so that they never crash again:
/// each must load or be refused with diagnostics.
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzRegressions")

    static let files: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test(arguments: files)
    func crashingInputIsLoadedOrRefused(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let ledger = Data(smallLedger.utf8)
        if name.hasSuffix(".toml") {
            do {
                _ = try ScenarioLoader.load(data: data, path: name) { _ in ledger }
            } catch {
                #expect(!error.errors.isEmpty)
            }
        } else {
            _ = LedgerLoader.load(data, file: name)
        }
    }

    /// Table headers and lists that made the earlier TOML reader abort the process: each is a
    /// syntax error at the mistake.
    @Test(arguments: [("[.params]\n", "1:2"), ("[参数]\n", "1:2"), ("[[ +a]]\n", "1:4"), ("[ [a]]\n", "1:3"),
                      ("x = 1\n[\n.a]\n", "2:2"), ("[[*]]\n", "1:3"), ("s=[\"\",\"\",}\n", "1:10"),
                      ("compounds = [\"PP-001\", \"PP-002\", }\n", "1:34"), ("a={b=[1,}}\n", "1:9"), ("a=[1,\n}\n", "2:1")])
    func inputThatAbortedTheEarlierReaderIsALocatedSyntaxError(_ text: String, _ at: String) throws {
        let lines = failures(text)
        #expect(lines.count == 1 && lines[0].hasPrefix("s.toml:\(at): error: "), "\(lines)")
    }
}
