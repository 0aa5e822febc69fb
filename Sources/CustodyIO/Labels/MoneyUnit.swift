/// The unit money is shown in, in workbooks and the report (never in CSV, which is always in
/// yuan): yuan, or 万元 (ten thousand yuan), as the finance bureau's budget tables write it.
public enum MoneyUnit: String, CaseIterable, Sendable {
    case yuan, wan

    /// Yuan per unit shown.
    public var yuan: Double { self == .yuan ? 1 : 10_000 }

    /// The unit as a money header names it: "CNY", "10k CNY", "元", "万元".
    public func name(in language: OutputLanguage) -> String {
        switch (self, language) {
        case (.yuan, .en): return "CNY"
        case (.wan, .en): return "10k CNY"
        case (.yuan, .zh): return "元"
        case (.wan, .zh): return "万元"
        }
    }
}
