/// Every output column's English and Chinese name, declared once: the CSV tables name their
/// columns by ``ColumnLabel/code`` and workbooks and the report look the names up here.
///
/// A sweep's parameter columns (`fee_rate`, `modes.merged-custody.fee_rate`) are parameter
/// paths, the scenario's own words, and are shown as written in both languages.
public enum ColumnLabels {
    /// The label of the column with CSV header `code`; nil for a column not declared here.
    public static func label(_ code: String) -> ColumnLabel? { byCode[code] }

    /// The label of `code`, or a number column shown by its code (a sweep's parameter path).
    public static func labelOrPath(_ code: String) -> ColumnLabel {
        byCode[code] ?? ColumnLabel(code, .number, en: code, zh: code)
    }

    private static let byCode = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    private static let modes = [
        "market-selection": "业主大会选聘物业", "self-management": "业主自治管理",
        "merged-custody": "整合代管", "nearby-takeover": "就近托管",
    ]
    private static let district = ["district": "全区"]
    private static let metrics = [
        "npv": "净现值", "cumulative": "累计净收益", "steady": "稳定期月净收益",
        "cumulative_cash": "期末累计现金", "min_cumulative_cash": "最低累计现金",
        "self_sufficiency": "自给率", "subsidy": "财政补贴",
    ]
    private static let perHouseholdMonth = ColumnKind.price(en: "CNY/household·month", zh: "元/户·月")

    /// Every column that a command writes, grouped by the tables that first use them.
    public static let all: [ColumnLabel] = [
        // monthly.csv
        ColumnLabel("area_id", .text, en: "Area", zh: "片区编号"),
        ColumnLabel("month", .count, en: "Month no.", zh: "月序号"),
        ColumnLabel("period", .text, en: "Month", zh: "月份"),
        ColumnLabel("managed", .count, en: "Months managed", zh: "已接管月数"),
        ColumnLabel("households", .count, en: "Households", zh: "户数"),
        ColumnLabel("billed_fees", .money, en: "Fees billed", zh: "应收物业费"),
        ColumnLabel("collection_rate", .share, en: "Collection rate", zh: "收缴率"),
        ColumnLabel("fee_income", .money, en: "Fees collected", zh: "物业费实收"),
        ColumnLabel("fee_offset", .money, en: "Fees paid from public income", zh: "公共收益抵扣物业费"),
        ColumnLabel("public_income", .money, en: "Public income share", zh: "公共收益分成"),
        ColumnLabel("vas_revenue", .money, en: "Value-added services revenue", zh: "增值服务收入"),
        ColumnLabel("subsidy", .money, en: "Subsidy", zh: "财政补贴"),
        ColumnLabel("staff_cost", .money, en: "Staff cost", zh: "人员费用"),
        ColumnLabel("other_opex", .money, en: "Other operating cost", zh: "其他运营费用"),
        ColumnLabel("mediation_cost", .money, en: "Arrears mediation cost", zh: "欠费调处费用"),
        ColumnLabel("vas_cost", .money, en: "Value-added services cost", zh: "增值服务成本"),
        ColumnLabel("capex", .money, en: "Set-up investment", zh: "开办投入"),
        ColumnLabel("vat", .money, en: "VAT", zh: "增值税"),
        ColumnLabel("surcharges", .money, en: "VAT surcharges", zh: "附加税费"),
        ColumnLabel("cit", .money, en: "Corporate income tax", zh: "企业所得税"),
        ColumnLabel("net_cash_flow", .money, en: "Net cash flow", zh: "净现金流"),
        ColumnLabel("cumulative_cash", .money, en: "Cumulative cash", zh: "累计现金"),
        // summary.csv
        ColumnLabel("name", .text, en: "Name", zh: "名称"),
        ColumnLabel("street", .text, en: "Street", zh: "街道", zhValues: district),
        ColumnLabel("mode", .text, en: "Service mode", zh: "服务模式", zhValues: modes),
        ColumnLabel("provider", .text, en: "Provider", zh: "物业服务企业"),
        ColumnLabel("compounds", .count, en: "Compounds", zh: "小区数"),
        ColumnLabel("floor_area_m2", .number, en: "Floor area (m²)", zh: "建筑面积（m²）"),
        ColumnLabel("own_revenue", .money, en: "Own revenue", zh: "自有收入"),
        ColumnLabel("costs", .money, en: "Costs", zh: "成本费用"),
        ColumnLabel("taxes", .money, en: "Taxes", zh: "税费"),
        ColumnLabel("net", .money, en: "Net over the horizon", zh: "测算期净收益"),
        ColumnLabel("npv", .money, en: "NPV", zh: "净现值"),
        ColumnLabel("irr", .share, en: "IRR (annual)", zh: "内部收益率（年化）"),
        ColumnLabel("payback_month", .count, en: "Payback month", zh: "回收期（月）"),
        ColumnLabel("min_cumulative_cash", .money, en: "Lowest cumulative cash", zh: "最低累计现金"),
        ColumnLabel("self_sufficiency", .share, en: "Self-sufficiency", zh: "自给率"),
        ColumnLabel("subsidy_per_household_month", perHouseholdMonth, en: "Subsidy per household and month",
                    zh: "每户每月补贴"),
        ColumnLabel("steady_net", .money, en: "Steady monthly net without subsidy", zh: "稳定期月均自身净收益"),
        // streets.csv
        ColumnLabel("areas", .count, en: "Areas", zh: "片区数"),
        // breakeven.csv
        ColumnLabel("scope", .text, en: "Scope", zh: "测算范围", zhValues: district),
        ColumnLabel("param", .text, en: "Parameter", zh: "参数"),
        ColumnLabel("metric", .text, en: "Metric", zh: "指标", zhValues: metrics),
        ColumnLabel("current", .number, en: "Current value", zh: "现行取值"),
        ColumnLabel("value", .number, en: "Break-even value", zh: "盈亏平衡值"),
        ColumnLabel("iterations", .count, en: "Iterations", zh: "迭代次数"),
        ColumnLabel("status", .text, en: "Status", zh: "状态", zhValues: [
            "ok": "已求解", "no-sign-change": "区间内无解", "did-not-converge": "未收敛",
            "not-needed": "无需补贴", "funded": "足额安排", "partial": "部分安排", "unfunded": "未安排",
            "no-solution": "无解",
        ]),
        ColumnLabel("metric_at_lo", .money, en: "Metric at the bracket's low end", zh: "区间下限处指标"),
        ColumnLabel("metric_at_hi", .money, en: "Metric at the bracket's high end", zh: "区间上限处指标"),
        // subsidy.csv
        ColumnLabel("metric_without_subsidy", .money, en: "Metric without subsidy", zh: "无补贴时指标"),
        ColumnLabel("need", .money, en: "Subsidy needed", zh: "补贴需求"),
        ColumnLabel("funded", .money, en: "Funded", zh: "安排资金"),
        ColumnLabel("funded_share", .share, en: "Share funded", zh: "资金保障比例"),
        ColumnLabel("need_after_horizon_per_year", .money, en: "Need per year after the horizon",
                    zh: "测算期后每年资金缺口"),
        ColumnLabel("year", .text, en: "Year", zh: "年度"),
        // compare.csv
        ColumnLabel("feasible", .flag, en: "Feasible", zh: "是否可行"),
        ColumnLabel("reason", .text, en: "Reason", zh: "原因", zhValues: [
            "ok": "可行", "not-single-compound": "非单一小区", "not-enclosable": "不具备封闭条件",
            "owners-unwilling": "业主无自治意愿", "no-managed-neighbour": "周边无在管物业",
        ]),
        ColumnLabel("fee_rate", .price(en: "CNY/m²·month", zh: "元/m²·月"), en: "Fee rate", zh: "物业费标准"),
        ColumnLabel("area_values", .text, en: "Area's own values used", zh: "采用的片区取值"),
        ColumnLabel("recommended", .flag, en: "Recommended", zh: "推荐模式"),
        // allocation.csv
        ColumnLabel("score", .number, en: "Evaluation score", zh: "考评得分"),
        ColumnLabel("gap", .money, en: "Funding gap", zh: "资金缺口"),
        ColumnLabel("allocation", .money, en: "Allocation", zh: "分配金额"),
        ColumnLabel("share", .share, en: "Share of the pool", zh: "分配占比"),
        // share.csv
        ColumnLabel("compound_id", .text, en: "Compound", zh: "小区编号"),
        ColumnLabel("standalone_cost", .money, en: "Cost on its own per month", zh: "单独管理月成本"),
        ColumnLabel("shapley_cost", .money, en: "Shapley cost share per month", zh: "沙普利分摊月成本"),
        ColumnLabel("savings", .money, en: "Saving per month", zh: "每月节约"),
        ColumnLabel("fair_fee_per_m2", .price(en: "CNY/m²·month", zh: "元/m²·月"), en: "Fair fee", zh: "公平物业费"),
        ColumnLabel("proportional_cost", .money, en: "Cost by floor area per month", zh: "按面积分摊月成本"),
        ColumnLabel("method", .text, en: "Method", zh: "方法", zhValues: ["exact": "精确计算", "sampled": "抽样估计"]),
        ColumnLabel("std_error", .money, en: "Standard error", zh: "标准误"),
        // samples.csv and sweep-summary.csv
        ColumnLabel("sample", .count, en: "Sample", zh: "样本序号"),
        ColumnLabel("mean", .number, en: "Mean", zh: "均值"),
        ColumnLabel("sd", .number, en: "Standard deviation", zh: "标准差"),
        ColumnLabel("min", .number, en: "Minimum", zh: "最小值"),
        ColumnLabel("p05", .number, en: "5th percentile", zh: "5%分位数"),
        ColumnLabel("p25", .number, en: "25th percentile", zh: "25%分位数"),
        ColumnLabel("p50", .number, en: "Median", zh: "中位数"),
        ColumnLabel("p75", .number, en: "75th percentile", zh: "75%分位数"),
        ColumnLabel("p95", .number, en: "95th percentile", zh: "95%分位数"),
        ColumnLabel("max", .number, en: "Maximum", zh: "最大值"),
        ColumnLabel("prob_negative", .share, en: "Probability below 0", zh: "小于0的概率"),
        // sensitivity.csv
        ColumnLabel("low", .number, en: "Low value", zh: "低值"),
        ColumnLabel("high", .number, en: "High value", zh: "高值"),
        ColumnLabel("metric_low", .money, en: "Metric at the low value", zh: "低值时指标"),
        ColumnLabel("metric_high", .money, en: "Metric at the high value", zh: "高值时指标"),
        ColumnLabel("swing", .money, en: "Swing", zh: "变动幅度"),
        ColumnLabel("mu", .number, en: "Mean effect μ", zh: "平均效应 μ"),
        ColumnLabel("mu_star", .number, en: "Mean absolute effect μ*", zh: "平均绝对效应 μ*"),
        ColumnLabel("sigma", .number, en: "Spread of effects σ", zh: "效应标准差 σ"),
        ColumnLabel("s1", .number, en: "First-order index S1", zh: "一阶敏感度 S1"),
        ColumnLabel("s1_conf", .number, en: "S1 95 % half-width", zh: "S1 95%置信半宽"),
        ColumnLabel("st", .number, en: "Total-effect index ST", zh: "总效应敏感度 ST"),
        ColumnLabel("st_conf", .number, en: "ST 95 % half-width", zh: "ST 95%置信半宽"),
        // rollout.csv
        ColumnLabel("compounds_managed", .count, en: "Compounds managed", zh: "已接管小区数"),
        ColumnLabel("households_managed", .count, en: "Households managed", zh: "已接管户数"),
        ColumnLabel("coverage", .share, en: "Coverage", zh: "覆盖率"),
        ColumnLabel("late", .count, en: "Compounds late", zh: "逾期未接管小区数"),
    ]
}
