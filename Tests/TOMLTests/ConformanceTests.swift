import Foundation
import Testing
import TOML

/// The TOML project's own conformance suite (toml-lang/toml-test), read from `shared/toml-test`
/// beside the repository: every TOML 1.0 document under `valid/` must decode to the value
/// tree of its `.json` file, and every one under `invalid/` must be refused with a located
/// error. The suite is not part of the repository; without it these tests are skipped.
@Suite struct ConformanceTests {
    static let suite = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/toml-test/tests")

    static let available = FileManager.default.fileExists(atPath: suite.appendingPathComponent("files-toml-1.0.0").path)

    /// The suite's TOML 1.0 documents under `folder` ("valid" or "invalid").
    static func files(under folder: String) throws -> [String] {
        let list = try String(contentsOf: suite.appendingPathComponent("files-toml-1.0.0"), encoding: .utf8)
        return list.split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix(folder + "/") && $0.hasSuffix(".toml") }
    }

    /// The bytes of a document of the suite.
    static func bytes(of file: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: suite.appendingPathComponent(file)))
    }

    @Test(.enabled(if: available, "the conformance suite is not at ../shared/toml-test beside the repository"))
    func everyValidDocumentDecodesToItsJSONTree() throws {
        let files = try Self.files(under: "valid")
        #expect(files.count == 210)
        for file in files {
            let bytes = try Self.bytes(of: file)
            let jsonFile = Self.suite.appendingPathComponent(String(file.dropLast(5)) + ".json")
            let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: jsonFile), options: [.fragmentsAllowed])
            do {
                let document = try TOMLDocument(bytes: bytes)
                if let mismatch = Self.mismatch(document.root, expected, at: "") {
                    Issue.record("\(file): \(mismatch)")
                }
            } catch {
                Issue.record("\(file) was refused: \(error)")
            }
        }
    }

    @Test(.enabled(if: available, "the conformance suite is not at ../shared/toml-test beside the repository"))
    func everyInvalidDocumentIsRefusedWithALocatedError() throws {
        let files = try Self.files(under: "invalid")
        #expect(files.count == 499)
        for file in files {
            let bytes = try Self.bytes(of: file)
            do {
                let document = try TOMLDocument(bytes: bytes)
                Issue.record("\(file) was accepted: \(document.table.keys)")
            } catch {
                let lines = bytes.count { $0 == 0x0A } + 1
                let p = error.position
                #expect((1...lines).contains(p.line) && p.column >= 1 && (0...bytes.count).contains(p.offset),
                        "\(file): error at \(p) (offset \(p.offset)) is outside the file: \(error.message)")
                #expect(!error.message.isEmpty)
            }
        }
    }

    // MARK: - The suite's tagged JSON

    /// Where `value` differs from toml-test's JSON for it, or nil when it does not.
    static func mismatch(_ value: TOMLValue, _ json: Any, at path: String) -> String? {
        switch value.kind {
        case .table(let table):
            guard let object = json as? [String: Any], !isTagged(object) else { return "\(path): a table where the JSON has \(json)" }
            guard Set(table.keys) == Set(object.keys) else {
                return "\(path): keys \(table.keys.sorted()) where the JSON has \(object.keys.sorted())"
            }
            for (key, child) in table {
                if let m = mismatch(child, object[key]!, at: path + "." + key) { return m }
            }
            return nil
        case .array(let items):
            guard let list = json as? [Any], list.count == items.count else { return "\(path): a list of \(items.count) where the JSON has \(json)" }
            for (k, item) in items.enumerated() {
                if let m = mismatch(item, list[k], at: path + "[\(k)]") { return m }
            }
            return nil
        default:
            guard let object = json as? [String: Any], isTagged(object),
                  let type = object["type"] as? String, let text = object["value"] as? String else {
                return "\(path): a scalar where the JSON has \(json)"
            }
            return scalarMatches(value.kind, type: type, text: text) ? nil : "\(path): \(value.kind) where the JSON has \(type) \(text)"
        }
    }

    static func isTagged(_ object: [String: Any]) -> Bool {
        object.count == 2 && object["type"] is String && object["value"] is String
    }

    static func scalarMatches(_ kind: TOMLValue.Kind, type: String, text: String) -> Bool {
        switch kind {
        case .string(let s): return type == "string" && s == text
        case .integer(let n): return type == "integer" && Int64(text) == n
        case .boolean(let b): return type == "bool" && text == String(b)
        case .float(let x):
            guard type == "float" else { return false }
            if text.hasSuffix("nan") { return x.isNaN }
            let y = text == "inf" || text == "+inf" ? Double.infinity : text == "-inf" ? -Double.infinity : Double(text)
            return y?.bitPattern == x.bitPattern
        case .dateTime(let d):
            let kind = d.offsetMinutes != nil ? "datetime" : d.date != nil && d.time != nil ? "datetime-local"
                : d.date != nil ? "date-local" : "time-local"
            return type == kind && normalized(d.description) == normalized(text)
        case .array, .table:
            return false
        }
    }

    /// A date-time with upper-case `T` and `Z` and no trailing zeros in its fraction of a second.
    static func normalized(_ text: String) -> String {
        var s = text.uppercased()
        if let dot = s.firstIndex(of: ".") {
            var end = s[dot...].firstIndex(where: { !$0.isNumber && $0 != "." }) ?? s.endIndex
            while end > s.index(after: dot), s[s.index(before: end)] == "0" {
                s.remove(at: s.index(before: end))
                end = s.index(before: end)
            }
            if end == s.index(after: dot) { s.remove(at: dot) }
        }
        return s
    }
}
