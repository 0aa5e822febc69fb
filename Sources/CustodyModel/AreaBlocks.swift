/// Parts of an area's cash flow that separate groups of parameters move (MODEL §5): a sweep
/// works out once, per area, the parts that none of the parameters it sweeps there can move
/// (``AreaPlan``). The month-invariant rest (public income, staff and other operating costs)
/// and income tax are worked out on every evaluation, but the headcounts in the staff costs
/// only when ``staffing`` varies.
public struct AreaBlocks: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Fee income and mediation: the collection of the fee.
    public static let collection = AreaBlocks(rawValue: 1 << 0)
    /// The offset: the owners' part of public revenue paying uncollected fees, up to its cap.
    public static let offset = AreaBlocks(rawValue: 1 << 6)
    /// Operating subsidy, start-up grant, reward, capital spending and its depreciation.
    public static let government = AreaBlocks(rawValue: 1 << 1)
    /// One value-added service's revenue and costs (its capital spending is the government block's).
    public static func service(_ kind: ServiceKind) -> AreaBlocks { AreaBlocks(rawValue: 1 << (2 + kind.rawValue)) }
    public static let services: AreaBlocks = [.service(.housekeeping), .service(.repair), .service(.brokerage), .service(.parcel)]
    /// The headcount of each role (not a block of cash: the staff costs' part that wages do not move).
    public static let staffing = AreaBlocks(rawValue: 1 << 7)
    public static let all: AreaBlocks = [.collection, .offset, .government, .services, .staffing]

    /// The blocks a change of `spec`'s value can move.
    public static func moved(by spec: ParameterSpec) -> AreaBlocks {
        let field = spec.keyPath
        var blocks: AreaBlocks = []
        // The uncollected fees bound the offset, so whatever moves the collection moves it too.
        if collectionFields.contains(field) { blocks.formUnion([.collection, .offset]) }
        if offsetFields.contains(field) { blocks.insert(.offset) }
        if governmentFields.contains(field) { blocks.insert(.government) }
        if staffingFields.contains(field) { blocks.insert(.staffing) }
        for (kind, fields) in zip(ServiceKind.allCases, serviceFields) where fields.contains(field) {
            blocks.insert(.service(kind))
        }
        // VAT on services and the surcharges on every VAT reach all services.
        if field == \AreaParameters.vatVas { blocks.formUnion(.services) }
        if field == \AreaParameters.surchargeRate { blocks.formUnion([.collection, .offset, .services]) }
        return blocks
    }

    // Key paths are not Sendable; these sets are built once and never changed.

    /// Fields the collection reads: the fee, its collection and mediation, and VAT on fees.
    nonisolated(unsafe) private static let collectionFields: Set<AnyKeyPath> = [
        \AreaParameters.feeRate, \AreaParameters.collectionStart, \AreaParameters.collectionTarget,
        \AreaParameters.collectionRampMonths, \AreaParameters.mediationThreshold, \AreaParameters.mediationRecovery,
        \AreaParameters.mediationCostPerHousehold, \AreaParameters.vatFee,
    ]

    /// Fields of the public revenue whose owners' part caps the offset.
    nonisolated(unsafe) private static let offsetFields: Set<AnyKeyPath> = [
        \AreaParameters.idleRent, \AreaParameters.idleOccupancy, \AreaParameters.parkingFee,
        \AreaParameters.parkingUtilization, \AreaParameters.adIncome, \AreaParameters.providerShare,
        \AreaParameters.ownerShareToFees,
    ]

    nonisolated(unsafe) private static let governmentFields: Set<AnyKeyPath> = {
        var fields: Set<AnyKeyPath> = [
            \AreaParameters.subsidyPerHousehold, \AreaParameters.subsidyPerM2, \AreaParameters.startupGrant,
            \AreaParameters.reward, \AreaParameters.rewardMonth, \AreaParameters.subsidyTaxable,
            \AreaParameters.facilityCapex, \AreaParameters.depreciationMonths,
        ]
        for kind in ServiceKind.allCases { fields.insert(\AreaParameters.services[kind].capex) }
        return fields
    }()

    /// Fields a role's headcount reads: the households it serves, its minimum and its staff per
    /// gate, and the rounding.
    nonisolated(unsafe) private static let staffingFields: Set<AnyKeyPath> = {
        var fields: Set<AnyKeyPath> = [\AreaParameters.staffRounding]
        for role in StaffRole.allCases {
            fields.formUnion([\AreaParameters.roles[role].households, \AreaParameters.roles[role].min,
                              \AreaParameters.roles[role].perGate])
        }
        return fields
    }()

    /// Per service (in ``ServiceKind`` order), the fields of its margin, fixed cost and ramp.
    nonisolated(unsafe) private static let serviceFields: [Set<AnyKeyPath>] = ServiceKind.allCases.map { kind in
        [\AreaParameters.services[kind].orders, \AreaParameters.services[kind].price,
         \AreaParameters.services[kind].margin, \AreaParameters.services[kind].fixed,
         \AreaParameters.services[kind].rampMonths]
    }
}
