import Foundation
import CustodyModel

/// `[name: value]` assignments for tests, by parameter name.
func assignments(_ values: [String: ParameterValue]) -> ParameterAssignments {
    var result: ParameterAssignments = [:]
    for (name, value) in values {
        guard let spec = ParameterCatalog.spec(named: name) else { fatalError("no parameter \(name)") }
        precondition(spec.problem(with: value) == nil, "\(name): \(spec.problem(with: value)!)")
        result[spec.id] = value
    }
    return result
}

/// A compound for test areas.
func compound(_ id: String, households: Int = 100, floorArea: Double = 8000, enclosable: Bool = false,
              willing: Bool = false, adjacent: Bool = false) -> Compound {
    Compound(id: id, street: "湓浦", households: households, floorArea: floorArea, enclosable: enclosable,
             selfManageWilling: willing, adjacentManaged: adjacent)
}

/// An area of the given compounds.
func area(_ id: String, mode: ServiceMode = .mergedCustody, compounds: [Compound],
          params: [String: ParameterValue] = [:]) -> Area {
    Area(id: id, street: "湓浦", mode: mode, provider: .new, compounds: compounds, params: assignments(params))
}

/// A scenario of `areas` over `months` from 2023-06, with `[params]` and `[modes.X]` values.
func scenario(_ areas: [Area], months: Int = 24, params: [String: ParameterValue] = [:],
              modes: [ServiceMode: [String: ParameterValue]] = [:]) -> Scenario {
    Scenario(name: "test", start: YearMonth("2023-06")!, months: months, params: assignments(params),
             modes: modes.mapValues(assignments), areas: areas)
}

/// Parameters that leave only `fee_rate × A + subsidy − insurance_per_area` a month (no ramps,
/// taxes, public revenue, services, staff or capex), so that break-evens have closed forms.
let flat: [String: ParameterValue] = {
    var p: [String: ParameterValue] = [
        "collection_start": .number(1), "collection_target": .number(1), "collection_ramp_months": .number(0),
        "ad_income": .number(0), "facility_capex": .number(0),
        "utilities_per_household": .number(0), "maintenance_per_m2": .number(0),
        "sanitation_per_household": .number(0), "insurance_per_area": .number(1000),
        "vat_fee": .number(0), "vat_lease": .number(0), "vat_vas": .number(0),
        "cit_rate": .number(0), "subsidy_taxable": .flag(false), "subsidy_per_m2": .number(0),
    ]
    for svc in ServiceKind.allCases {
        p["\(svc.name)_orders"] = .number(0)
        p["\(svc.name)_fixed"] = .number(0)
        p["\(svc.name)_capex"] = .number(0)
    }
    for role in StaffRole.allCases { p["\(role.name)_wage"] = .number(0) }
    return p
}()

func merging(_ a: [String: ParameterValue], _ b: [String: ParameterValue]) -> [String: ParameterValue] {
    a.merging(b) { _, new in new }
}

/// |a − b| within `relative` of the larger, or `absolute`.
func close(_ a: Double, _ b: Double, relative: Double = 1e-8, absolute: Double = 0) -> Bool {
    abs(a - b) <= absolute + relative * max(abs(a), abs(b))
}

/// Σ over managed months t0…T of (1 + r)^(−t/12): what one CNY a month is worth in NPV.
func discountedMonths(from t0: Int, to T: Int, rate: Double = 0.04) -> Double {
    (t0...T).reduce(0) { $0 + pow(1 + rate, -Double($1) / 12) }
}
