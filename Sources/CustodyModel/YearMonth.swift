/// A calendar month, written `YYYY-MM` in scenarios and outputs.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1 = January … 12 = December.
    public let month: Int

    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "month \(month) must be 1...12")
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM` (four-digit year, two-digit month); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts[0].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isASCII),
              let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m)
        else { return nil }
        self.init(year: y, month: m)
    }

    /// Months since year 0, so that differences are month counts.
    var ordinal: Int { year * 12 + (month - 1) }

    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> YearMonth {
        let o = ordinal + count
        return YearMonth(year: o.floorDiv(12), month: o - o.floorDiv(12) * 12 + 1)
    }

    /// Whole months from `self` to `other` (positive when `other` is later).
    public func months(to other: YearMonth) -> Int { other.ordinal - ordinal }

    public var description: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + (month < 10 ? "-0" : "-") + String(month)
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { a.ordinal < b.ordinal }
}

extension Int {
    fileprivate func floorDiv(_ d: Int) -> Int { self >= 0 ? self / d : -((-self + d - 1) / d) }
}
