@testable import CustodyModel

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

/// One area of one compound, run over `months` from `start`.
func singleArea(households: Int = 100, floorArea: Double = 8000, idleArea: Double = 0,
                parkingSpaces: Int = 0, enclosable: Bool = false, takeover: String? = nil,
                start: String = "2023-06", months: Int = 12,
                params: [String: ParameterValue]) -> ScenarioModel {
    let compound = Compound(id: "C1", street: "湓浦", households: households, floorArea: floorArea,
                            enclosable: enclosable, idleArea: idleArea, parkingSpaces: parkingSpaces)
    let area = Area(id: "a", street: "湓浦", mode: .mergedCustody, provider: .new,
                    takeover: takeover.flatMap(YearMonth.init), compounds: [compound], params: assignments(params))
    return ScenarioModel(Scenario(name: "test", start: YearMonth(start)!, months: months, areas: [area]))
}

/// Parameters that leave only `fee_rate × A − insurance_per_area` a month (no ramps, taxes,
/// public revenue, services, staff or capex), so that months can be checked by hand.
let flat: [String: ParameterValue] = {
    var p: [String: ParameterValue] = [
        "collection_start": .number(1), "collection_target": .number(1), "collection_ramp_months": .number(0),
        "ad_income": .number(0), "facility_capex": .number(0),
        "utilities_per_household": .number(0), "maintenance_per_m2": .number(0),
        "sanitation_per_household": .number(0), "insurance_per_area": .number(1000),
        "vat_fee": .number(0), "vat_lease": .number(0), "vat_vas": .number(0),
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

/// Runs area 0 and returns the run.
func runFirstArea(_ model: ScenarioModel) -> (AreaRun, AreaFacts) {
    let run = model.run()
    return (run.areas[0], run.facts[0])
}

func close(_ a: Double, _ b: Double, relative: Double = 1e-12, absolute: Double = 1e-9) -> Bool {
    abs(a - b) <= absolute + relative * max(abs(a), abs(b))
}
