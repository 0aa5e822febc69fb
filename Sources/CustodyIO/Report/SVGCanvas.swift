import Foundation

/// SVG markup built element by element; every piece of text passes through ``HTML/escape(_:)``.
///
/// The SVG has no `xmlns` attribute: inline SVG in HTML5 needs none, and the page then holds
/// no `http:` reference at all.
struct SVGCanvas {
    let width: Double
    let height: Double
    private var parts: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// The Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008), distinguishable
    /// with the common colour-vision deficiencies; yellow comes last, as it is faint on white.
    static let palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"]

    /// Dash patterns that tell lines apart when colours repeat or cannot be seen.
    static let dashes = ["", "6 3", "2 2", "8 3 2 3"]

    static func colour(_ index: Int) -> String { palette[index % palette.count] }

    static func dash(_ index: Int) -> String { dashes[(index / palette.count) % dashes.count] }

    private static func f(_ x: Double) -> String { String(format: "%.1f", x) }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = "#333",
                       width: Double = 1, dash: String = "", className: String? = nil) {
        parts.append("<line x1=\"\(Self.f(x1))\" y1=\"\(Self.f(y1))\" x2=\"\(Self.f(x2))\" y2=\"\(Self.f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(width)\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")\(className.map { " class=\"\($0)\"" } ?? "")/>")
    }

    /// A rectangle given by two corners in any order, with a tooltip.
    mutating func rect(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, fill: String, title: String? = nil) {
        let body = "x=\"\(Self.f(min(x1, x2)))\" y=\"\(Self.f(min(y1, y2)))\" width=\"\(Self.f(abs(x2 - x1)))\" height=\"\(Self.f(abs(y2 - y1)))\" fill=\"\(fill)\""
        if let title {
            parts.append("<rect \(body)><title>\(HTML.escape(title))</title></rect>")
        } else {
            parts.append("<rect \(body)/>")
        }
    }

    mutating func circle(_ x: Double, _ y: Double, r: Double, fill: String, stroke: String = "none", title: String? = nil) {
        let body = "cx=\"\(Self.f(x))\" cy=\"\(Self.f(y))\" r=\"\(Self.f(r))\" fill=\"\(fill)\" stroke=\"\(stroke)\""
        parts.append(title.map { "<circle \(body)><title>\(HTML.escape($0))</title></circle>" } ?? "<circle \(body)/>")
    }

    /// A polyline through `points`; nil points break it.
    mutating func polyline(_ points: [(Double, Double)?], stroke: String, width: Double = 2, dash: String = "", title: String? = nil) {
        var runs: [[(Double, Double)]] = [[]]
        for p in points {
            if let p { runs[runs.count - 1].append(p) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        for run in runs where !run.isEmpty {
            let d = run.map { "\(Self.f($0.0)),\(Self.f($0.1))" }.joined(separator: " ")
            let body = "points=\"\(d)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(width)\" stroke-linejoin=\"round\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")"
            parts.append(title.map { "<polyline \(body)><title>\(HTML.escape($0))</title></polyline>" } ?? "<polyline \(body)/>")
        }
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ x: Double, _ y: Double, _ text: String, anchor: Anchor = .start, size: Double = 12,
                       rotate: Bool = false, bold: Bool = false, fill: String = "#222") {
        let transform = rotate ? " transform=\"rotate(-90 \(Self.f(x)) \(Self.f(y)))\"" : ""
        parts.append("<text x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" text-anchor=\"\(anchor.rawValue)\" font-size=\"\(size)\" fill=\"\(fill)\"\(bold ? " font-weight=\"bold\"" : "")\(transform)>\(HTML.escape(text))</text>")
    }

    /// A row of legend entries (a swatch and a name) from (`x`, `y`), wrapping at the right edge.
    /// - Returns: the y below the legend.
    @discardableResult
    mutating func legend(_ entries: [(name: String, colour: String, dash: String)], x: Double, y: Double) -> Double {
        var cx = x, cy = y
        for entry in entries {
            let w = 28 + Self.textWidth(entry.name, size: 12)
            if cx + w > width - 10 && cx > x {
                cx = x
                cy += 18
            }
            line(cx, cy - 4, cx + 20, cy - 4, stroke: entry.colour, width: 3, dash: entry.dash)
            text(cx + 24, cy, entry.name)
            cx += w + 14
        }
        return cy + 10
    }

    /// An estimate of a text's width: CJK characters are about a full em, others about half.
    static func textWidth(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? size : size * 0.58) }
    }

    /// `text` cut to at most `pixels` wide, ending in `…` when cut.
    static func fit(_ text: String, pixels: Double, size: Double = 12) -> String {
        guard textWidth(text, size: size) > pixels else { return text }
        var out = ""
        for c in text {
            if textWidth(out + String(c) + "…", size: size) > pixels { break }
            out.append(c)
        }
        return out + "…"
    }

    /// The finished `<svg>` element, labelled for screen readers with `label`.
    func svg(label: String) -> String {
        "<svg viewBox=\"0 0 \(Self.f(width)) \(Self.f(height))\" width=\"\(Self.f(width))\" height=\"\(Self.f(height))\" role=\"img\" aria-label=\"\(HTML.escape(label))\">"
            + parts.joined() + "</svg>"
    }
}
