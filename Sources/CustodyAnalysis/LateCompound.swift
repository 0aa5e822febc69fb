import CustodyModel

/// A compound whose area is taken over after the scenario's deadline.
public struct LateCompound: Sendable, Equatable {
    public var compound: String
    public var name: String?
    /// The street of its area.
    public var street: String
    public var area: String
    /// Its area's first managed month.
    public var takeover: YearMonth
}
