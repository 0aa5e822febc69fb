/// A management area (物业管理区域): compounds run by one provider under one service mode.
public struct Area: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var street: String
    public var mode: ServiceMode
    public var provider: ProviderOrigin
    /// First month under management; nil means the scenario's start.
    public var takeover: YearMonth?
    /// Evaluation score 0…100 (评估考核), used by `allocate`.
    public var score: Double?
    public var compounds: [Compound]
    /// `[area.params]`: values for this area only.
    public var params: ParameterAssignments

    public init(id: String, name: String? = nil, street: String, mode: ServiceMode,
                provider: ProviderOrigin, takeover: YearMonth? = nil, score: Double? = nil,
                compounds: [Compound], params: ParameterAssignments = [:]) {
        self.id = id
        self.name = name
        self.street = street
        self.mode = mode
        self.provider = provider
        self.takeover = takeover
        self.score = score
        self.compounds = compounds
        self.params = params
    }
}

/// Parameter values set at one level of a scenario.
public typealias ParameterAssignments = [ParameterID: ParameterValue]
