/// The worksheet name of each CSV table in a workbook, in English and Chinese (at most 31
/// characters, none of `[]:*?/\`, as Excel requires).
public enum TableLabels {
    /// The sheet name of `file` (`summary.csv`), or the file's stem when it is not declared.
    public static func sheetName(_ file: String, in language: OutputLanguage) -> String {
        guard let names = byFile[file] else { return String(file.prefix { $0 != "." }) }
        return language.pick(names.en, names.zh)
    }

    /// Whether `file` has names of its own here.
    public static func isDeclared(_ file: String) -> Bool { byFile[file] != nil }

    private static let byFile: [String: (en: String, zh: String)] = [
        "monthly.csv": ("Monthly cash flow", "逐月现金流"),
        "summary.csv": ("Areas", "片区汇总"),
        "streets.csv": ("Streets", "街道汇总"),
        "breakeven.csv": ("Break-even", "盈亏平衡"),
        "subsidy.csv": ("Subsidy", "补贴测算"),
        "compare.csv": ("Mode comparison", "服务模式比较"),
        "allocation.csv": ("Allocation", "奖补资金分配"),
        "share.csv": ("Cost shares", "成本分摊"),
        "samples.csv": ("Samples", "抽样结果"),
        "sweep-summary.csv": ("Sweep summary", "抽样统计"),
        "sensitivity.csv": ("Sensitivity", "敏感性分析"),
        "rollout.csv": ("Rollout by month", "逐月推进"),
    ]
}
