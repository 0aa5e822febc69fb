/// The language of what people read: workbook sheet names and headers, the report, and each
/// command's one-line summary. CSV headers and codes are the same in every language.
public enum OutputLanguage: String, CaseIterable, Sendable {
    case en, zh

    /// The language that `CUSTODY_LANG` names (`en`, `zh`, or a locale such as `zh_CN.UTF-8`),
    /// else English.
    public static func fromEnvironment(_ value: String?) -> OutputLanguage {
        guard let value = value?.lowercased(), !value.isEmpty else { return .en }
        return value.hasPrefix("zh") ? .zh : .en
    }

    /// One of two texts: `en` in English, `zh` in Chinese.
    public func pick(_ en: String, _ zh: String) -> String { self == .en ? en : zh }
}
