/// The English and Chinese names of one output column, and what it holds.
///
/// The CSV header is always ``code``; a workbook or the report shows ``header(in:money:)``.
public struct ColumnLabel: Sendable {
    /// The CSV header, the analysts' name for the column.
    public let code: String
    public let kind: ColumnKind
    let en: String
    let zh: String
    /// Chinese names of the codes the column holds (a mode, a status); a code not listed here
    /// is shown as written.
    let zhValues: [String: String]

    init(_ code: String, _ kind: ColumnKind, en: String, zh: String, zhValues: [String: String] = [:]) {
        self.code = code
        self.kind = kind
        self.en = en
        self.zh = zh
        self.zhValues = zhValues
    }

    /// The header a person reads: the name, and for money its unit ("NPV (10k CNY)", "净现值（万元）").
    public func header(in language: OutputLanguage, money: MoneyUnit = .yuan) -> String {
        let name = language.pick(en, zh)
        let unit: String? = switch kind {
        case .money: money.name(in: language)
        case .price(let en, let zh): language.pick(en, zh)
        default: nil
        }
        guard let unit else { return name }
        return language == .en ? "\(name) (\(unit))" : "\(name)（\(unit)）"
    }

    /// A text cell as a person reads it: in Chinese, a known code by its Chinese name.
    public func value(_ text: String, in language: OutputLanguage) -> String {
        guard language == .zh, !zhValues.isEmpty else { return text }
        if let name = zhValues[text] { return name }
        guard text.contains(";") else { return text }
        return text.split(separator: ";").map { zhValues[String($0)] ?? String($0) }.joined(separator: "；")
    }
}
