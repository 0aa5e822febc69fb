/// The money lines of an area's month (MODEL §5), in the column order of `monthly.csv`.
public enum MonthlyLine: Int, CaseIterable, Sendable {
    case billedFees, collectionRate, feeIncome, feeOffset, publicIncome, vasRevenue, subsidy
    case staffCost, otherOpex, mediationCost, vasCost, capex, vat, surcharges, cit
    case netCashFlow, cumulativeCash

    /// The CSV column name.
    public var name: String {
        switch self {
        case .billedFees: return "billed_fees"
        case .collectionRate: return "collection_rate"
        case .feeIncome: return "fee_income"
        case .feeOffset: return "fee_offset"
        case .publicIncome: return "public_income"
        case .vasRevenue: return "vas_revenue"
        case .subsidy: return "subsidy"
        case .staffCost: return "staff_cost"
        case .otherOpex: return "other_opex"
        case .mediationCost: return "mediation_cost"
        case .vasCost: return "vas_cost"
        case .capex: return "capex"
        case .vat: return "vat"
        case .surcharges: return "surcharges"
        case .cit: return "cit"
        case .netCashFlow: return "net_cash_flow"
        case .cumulativeCash: return "cumulative_cash"
        }
    }
}
