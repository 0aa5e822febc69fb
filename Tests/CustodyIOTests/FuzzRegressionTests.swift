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

    /// toml++ asserts (and aborts) on these headers; the loader reports them instead.
    @Test(arguments: [("[.params]\n", 1, 2), ("[参数]\n", 1, 2), ("[[ +a]]\n", 1, 4), ("[ [a]]\n", 1, 3),
                      ("x = 1\n[\n.a]\n", 2, 2), ("[[*]]\n", 1, 3)])
    func tableHeaderThatWouldAbortTOMLKitIsASyntaxError(_ text: String, _ line: Int, _ column: Int) throws {
        let error = try #require(TableHeaderGuard.firstBadHeader(in: text))
        #expect((error.line, error.column) == (line, column))
        #expect(throws: InputError.self) { _ = try load(text) }
    }

    @Test func valuesThatLookLikeHeadersAreNotTakenForThem() {
        let text = """
            a = [
              [+1, 2],
              [ [3] ],
            ]
            s = \"\"\"
            [.not-a-header]
            \"\"\"
            t = '''
            [中]'''
            ["参数"] # quoted names are fine
            [params]
            """
        #expect(TableHeaderGuard.firstBadHeader(in: text) == nil)
    }
}
