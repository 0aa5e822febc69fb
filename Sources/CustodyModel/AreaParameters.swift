/// Every parameter of one area, resolved from the scenario's levels and typed for the engine.
///
/// The fields are filled through ``ParameterCatalog``; nothing here knows a parameter's name.
/// ``AreaParameters/defaults`` is the catalog's default column applied to an empty value.
public struct AreaParameters: Sendable, Equatable {
    public var feeRate = 0.0
    public var collectionStart = 0.0
    public var collectionTarget = 0.0
    public var collectionRampMonths = 0
    public var mediationThreshold = 0.0
    public var mediationRecovery = 0.0
    public var mediationCostPerHousehold = 0.0
    public var idleRent = 0.0
    public var idleOccupancy = 0.0
    public var parkingFee = 0.0
    public var parkingUtilization = 0.0
    public var adIncome = 0.0
    public var providerShare = 0.0
    public var ownerShareToFees = 0.0
    public var services = ServiceSet()
    public var subsidyPerHousehold = YearList(years: [])
    public var subsidyPerM2 = YearList(years: [])
    public var startupGrant = 0.0
    public var reward = 0.0
    public var rewardMonth = 1
    public var subsidyTaxable = true
    public var roles = RoleSet()
    public var wageFactor = 0.0
    public var oncostRate = 0.0
    public var staffRounding = StaffRounding.none
    public var utilitiesPerHousehold = 0.0
    public var maintenancePerM2 = 0.0
    public var sanitationPerHousehold = 0.0
    public var insurancePerArea = 0.0
    public var overheadRate = 0.0
    public var facilityCapex = 0.0
    public var depreciationMonths = 1
    public var vatFee = 0.0
    public var vatLease = 0.0
    public var vatVas = 0.0
    public var surchargeRate = 0.0
    public var citRate = 0.0
    public var lossCarryYears = 0

    /// The built-in default of every parameter (MODEL §4).
    public static let defaults: AreaParameters = {
        var p = AreaParameters()
        for spec in ParameterCatalog.all { spec.apply(spec.defaultValue, to: &p) }
        return p
    }()
}

/// One value-added service's parameters (`<svc>_…` in MODEL §4).
public struct ServiceParameters: Sendable, Equatable {
    public var orders = 0.0
    public var price = 0.0
    public var margin = 0.0
    public var fixed = 0.0
    public var capex = 0.0
    public var rampMonths = 0
}

/// One staff role's parameters (`<role>_…` in MODEL §4).
public struct RoleParameters: Sendable, Equatable {
    public var wage = 0.0
    public var households = 1.0
    public var min = 0.0
    public var perGate = 0.0
}

/// The four services' parameters, stored inline (no array to retain on the engine's path).
public struct ServiceSet: Sendable, Equatable {
    public var housekeeping = ServiceParameters(), repair = ServiceParameters()
    public var brokerage = ServiceParameters(), parcel = ServiceParameters()

    /// Byte offset of a service's parameters within the set.
    static func offset(of kind: ServiceKind) -> Int {
        switch kind {
        case .housekeeping: return MemoryLayout<Self>.offset(of: \.housekeeping)!
        case .repair: return MemoryLayout<Self>.offset(of: \.repair)!
        case .brokerage: return MemoryLayout<Self>.offset(of: \.brokerage)!
        case .parcel: return MemoryLayout<Self>.offset(of: \.parcel)!
        }
    }

    public subscript(kind: ServiceKind) -> ServiceParameters {
        get {
            switch kind {
            case .housekeeping: return housekeeping
            case .repair: return repair
            case .brokerage: return brokerage
            case .parcel: return parcel
            }
        }
        set {
            switch kind {
            case .housekeeping: housekeeping = newValue
            case .repair: repair = newValue
            case .brokerage: brokerage = newValue
            case .parcel: parcel = newValue
            }
        }
    }
}

/// The five roles' parameters, stored inline.
public struct RoleSet: Sendable, Equatable {
    public var manager = RoleParameters(), cleaner = RoleParameters(), security = RoleParameters()
    public var technician = RoleParameters(), service = RoleParameters()

    /// Byte offset of a role's parameters within the set.
    static func offset(of role: StaffRole) -> Int {
        switch role {
        case .manager: return MemoryLayout<Self>.offset(of: \.manager)!
        case .cleaner: return MemoryLayout<Self>.offset(of: \.cleaner)!
        case .security: return MemoryLayout<Self>.offset(of: \.security)!
        case .technician: return MemoryLayout<Self>.offset(of: \.technician)!
        case .service: return MemoryLayout<Self>.offset(of: \.service)!
        }
    }

    public subscript(role: StaffRole) -> RoleParameters {
        get {
            switch role {
            case .manager: return manager
            case .cleaner: return cleaner
            case .security: return security
            case .technician: return technician
            case .service: return service
            }
        }
        set {
            switch role {
            case .manager: manager = newValue
            case .cleaner: cleaner = newValue
            case .security: security = newValue
            case .technician: technician = newValue
            case .service: service = newValue
            }
        }
    }
}

/// Value-added services, in MODEL §4's order; the raw name prefixes their parameters.
public enum ServiceKind: Int, CaseIterable, Sendable {
    case housekeeping, repair, brokerage, parcel
    public var name: String { String(describing: self) }
}

/// Staff roles, in MODEL §4's order; the raw name prefixes their parameters.
public enum StaffRole: Int, CaseIterable, Sendable {
    case manager, cleaner, security, technician, service
    public var name: String { String(describing: self) }
}

/// How a role's ratio headcount `H / role_households` is rounded.
public enum StaffRounding: String, CaseIterable, Sendable {
    /// Round up: a standalone provider hires whole people.
    case ceil
    /// Keep the fraction: staff shared across a provider's areas.
    case none
}

/// A by-year list parameter: element k is management year k + 1; past the list, ``beyond``.
///
/// A list written as a single number means that value in every year: no elements, and the
/// number beyond them.
public struct YearList: Sendable, Equatable {
    public var years: [Double]
    /// The value of every year past ``years``: 0 for a list, the number itself for a single number.
    public var beyond: Double

    public init(years: [Double], beyond: Double = 0) {
        self.years = years
        self.beyond = beyond
    }

    /// The same value in every year.
    public static func every(_ x: Double) -> YearList { YearList(years: [], beyond: x) }

    /// The value of management year `index + 1`.
    @inline(__always)
    public subscript(index: Int) -> Double { index < years.count ? years[index] : beyond }

    /// The largest value of any year.
    public var largest: Double { years.reduce(beyond, Swift.max) }
}
