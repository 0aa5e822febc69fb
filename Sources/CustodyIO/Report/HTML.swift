import Foundation

/// Text made safe for HTML and XML: the page is XHTML-valid, so that tests can parse it.
enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so that text from the inputs is only ever text, in an
    /// element or in an attribute; control characters that XML forbids are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A number for people: whole above 100 with thin-space thousands (`262 175`), else four
    /// significant digits; an em dash for nothing.
    static func number(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "—" }
        if abs(x) >= 100 {
            let whole = String(Int64(x.rounded()).magnitude)
            var grouped = ""
            for (i, c) in whole.enumerated() {
                if i > 0 && (whole.count - i) % 3 == 0 { grouped += "\u{2009}" }
                grouped.append(c)
            }
            return (x < 0 ? "−" : "") + grouped
        }
        let s = String(format: "%.4g", x)
        return s.hasPrefix("-") ? "−" + s.dropFirst() : s
    }
}
