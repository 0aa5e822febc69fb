/// The four service modes of the plan (MODEL §1), in the order `compare` reports them.
public enum ServiceMode: String, CaseIterable, Sendable, Hashable {
    /// 选聘引入: the owners' assembly hires a market provider for one enclosable compound.
    case marketSelection = "market-selection"
    /// 转型自管: the owners of one compound run it themselves.
    case selfManagement = "self-management"
    /// 整合代管: scattered compounds merged into one area, run by a state-owned provider.
    case mergedCustody = "merged-custody"
    /// 就近接管: the provider of a managed neighbour takes the compounds over.
    case nearbyTakeover = "nearby-takeover"
}

/// Where the area's provider comes from (MODEL §1); a label carried to the outputs.
public enum ProviderOrigin: String, CaseIterable, Sendable, Hashable {
    /// 新建: set up by the street.
    case new
    /// 重组: an existing state-owned unit.
    case restructured
    /// 引进: a market company.
    case introduced
}

/// The level of a scenario that set a parameter, lowest precedence first.
public enum ParameterLevel: String, Sendable, Comparable, CaseIterable {
    case `default`, params, mode, area

    public static func < (a: ParameterLevel, b: ParameterLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
