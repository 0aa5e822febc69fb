/// Finds the table headers that would abort the process inside TOMLKit.
///
/// toml++ 3 (in TOMLKit 0.6) asserts, and so aborts even in release builds, when a table header
/// `[…]` or `[[…]]` starts with a character that is neither a bare-key character
/// (`A-Za-z0-9_-`), a quote, nor `]`: `[.params]`, `[参数]`, `[+]`, `[ [a]]`. Found by
/// `Fuzz/run.sh fuzz-scenario`. This scan runs first and reports such a header as a syntax
/// error. It follows strings, comments and the brackets of values, so that a line of a
/// multi-line array (`[+1, 2]`) or string is not taken for a header.
enum TableHeaderGuard {
    /// The first header that TOMLKit cannot be given, with its 1-based line and the column of
    /// the offending character, or nil.
    static func firstBadHeader(in text: String) -> TOMLNode.SyntaxError? {
        let bytes = Array(text.utf8)
        var i = 0, line = 1, lineStart = 0
        var depth = 0                   // brackets and braces open in a value
        var atLineStart = true          // only spaces and tabs so far on this line
        func peek(_ k: Int) -> UInt8? { i + k < bytes.count ? bytes[i + k] : nil }
        func startsWith(_ s: String) -> Bool { s.utf8.enumerated().allSatisfy { peek($0.offset) == $0.element } }
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\n") {
                line += 1; i += 1; lineStart = i; atLineStart = true; continue
            }
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") { i += 1; continue }
            if c == UInt8(ascii: "#") {
                while i < bytes.count && bytes[i] != UInt8(ascii: "\n") { i += 1 }
                continue
            }
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                let triple = startsWith(c == UInt8(ascii: "\"") ? "\"\"\"" : "'''")
                i += triple ? 3 : 1
                while i < bytes.count {
                    if bytes[i] == UInt8(ascii: "\n") {
                        if !triple { break }
                        line += 1; lineStart = i + 1
                    } else if c == UInt8(ascii: "\"") && bytes[i] == UInt8(ascii: "\\") {
                        i += 1
                        if i < bytes.count && bytes[i] == UInt8(ascii: "\n") { line += 1; lineStart = i + 1 }
                    } else if bytes[i] == c && (!triple || startsWith(String(repeating: Character(Unicode.Scalar(c)), count: 3))) {
                        i += triple ? 3 : 1
                        // A closing """ may be followed by up to two more quotes that belong to the string.
                        while triple && i < bytes.count && bytes[i] == c { i += 1 }
                        break
                    }
                    i += 1
                }
                atLineStart = false
                continue
            }
            if c == UInt8(ascii: "[") && depth == 0 && atLineStart {
                var j = i + 1
                if j < bytes.count && bytes[j] == UInt8(ascii: "[") { j += 1 }
                while j < bytes.count && (bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t")) { j += 1 }
                if j < bytes.count && !isHeaderStart(bytes[j]) {
                    let column = String(decoding: bytes[lineStart..<j], as: UTF8.self).count + 1
                    return TOMLNode.SyntaxError(
                        message: "Error while parsing table header: a table name starts with a letter, digit, _ or -, "
                            + "or is in quotes; write e.g. [params] or [\"参数\"]",
                        line: line, column: column)
                }
                // The rest of the header line holds no value brackets.
                while i < bytes.count && bytes[i] != UInt8(ascii: "\n") && bytes[i] != UInt8(ascii: "#") { i += 1 }
                continue
            }
            if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { depth += 1 }
            if (c == UInt8(ascii: "]") || c == UInt8(ascii: "}")) && depth > 0 { depth -= 1 }
            atLineStart = false
            i += 1
        }
        return nil
    }

    /// A bare-key character, a quote, or the `]` of an empty name (which TOMLKit reports itself).
    private static func isHeaderStart(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
             UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"):
            return true
        default:
            return false
        }
    }
}
