/// The parameter table of MODEL §4, declared once, as data.
///
/// Each row names a parameter, its unit, default, valid range and meaning, and binds it to a
/// field of ``AreaParameters``. The value-added services and staff roles are families: their
/// default tables below expand to `<svc>_orders`, `<role>_wage` and so on.
public enum ParameterCatalog {
    /// Every parameter, in the order of MODEL §4 (the order of `custody params`).
    public static let all: [ParameterSpec] = build()

    /// Looks a parameter up by its name (`fee_rate`, `parcel_price`).
    public static func spec(named name: String) -> ParameterSpec? {
        byName[name].map { all[$0.index] }
    }

    /// The known name nearest to `name`, for "did you mean" hints; nil when nothing is close.
    public static func nearestName(to name: String) -> String? {
        NameDistance.nearest(to: name, among: all.map(\.name))
    }

    public static subscript(id: ParameterID) -> ParameterSpec { all[id.index] }

    private static let byName: [String: ParameterID] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.name, $0.id) })

    /// MODEL §4's table of value-added services: orders, price, margin, fixed, capex, ramp.
    private static let serviceDefaults: [ServiceKind: (Double, Double, Double, Double, Double, Double)] = [
        .housekeeping: (0.02, 100, 0.25, 0, 0, 12),
        .repair: (0.05, 80, 0.35, 0, 5000, 6),
        .brokerage: (0.0015, 4000, 0.50, 0, 0, 12),
        .parcel: (8, 0.50, 0.60, 300, 20000, 3),
    ]

    /// MODEL §4's table of staff roles: wage, households, min, per_gate.
    private static let roleDefaults: [StaffRole: (Double, Double, Double, Double)] = [
        .manager: (3500, 1500, 1, 0),
        .cleaner: (1900, 300, 1, 0),
        .security: (2000, 800, 0, 1),
        .technician: (2800, 1000, 0, 0),
        .service: (2200, 1500, 0, 0),
    ]

    private static func build() -> [ParameterSpec] {
        var rows: [ParameterSpec] = []
        func add(_ name: String, _ value: ParameterValue, _ unit: String, _ bounds: ValueBounds,
                 _ binding: ParameterSpec.Binding, _ meaning: String, offset: Int? = nil) {
            rows.append(ParameterSpec(id: ParameterID(index: rows.count), name: name, unit: unit,
                                      defaultValue: value, bounds: bounds, meaning: meaning, binding: binding,
                                      fieldOffset: offset))
        }
        // A field reached through the services' or roles' subscript has no offset of its own
        // (MemoryLayout gives none for a computed step), so `within` adds up the stored steps.
        func real(_ name: String, _ x: Double, _ unit: String, _ bounds: ValueBounds,
                  _ path: any WritableKeyPath<AreaParameters, Double> & Sendable, _ meaning: String,
                  within: Int? = nil) {
            add(name, .number(x), unit, bounds, .real(path), meaning,
                offset: within ?? MemoryLayout<AreaParameters>.offset(of: path as PartialKeyPath<AreaParameters>))
        }
        func integer(_ name: String, _ x: Int, _ unit: String, _ bounds: ValueBounds,
                     _ path: any WritableKeyPath<AreaParameters, Int> & Sendable, _ meaning: String,
                     within: Int? = nil) {
            add(name, .number(Double(x)), unit, bounds, .integer(path), meaning,
                offset: within ?? MemoryLayout<AreaParameters>.offset(of: path as PartialKeyPath<AreaParameters>))
        }
        let share = ValueBounds.share, money = ValueBounds.nonNegative

        real("fee_rate", 0.45, "CNY/m²/month", money, \.feeRate, "property fee, VAT included")
        real("collection_start", 0.60, "share", share, \.collectionStart, "share of billed fees paid in the first managed month")
        real("collection_target", 0.85, "share", share, \.collectionTarget, "share paid once the ramp is over")
        integer("collection_ramp_months", 18, "months", money, \.collectionRampMonths, "linear ramp length; 0 = target from the first month")
        real("mediation_threshold", 0.20, "share", share, \.mediationThreshold, "arrears share above which mediation runs (the plan's 20 %)")
        real("mediation_recovery", 0.25, "share", share, \.mediationRecovery, "share of the arrears above the threshold that mediation recovers each month")
        real("mediation_cost_per_household", 2, "CNY/household/month", money, \.mediationCostPerHousehold, "the provider's cost of mediating, per household in arrears above the threshold")
        real("idle_rent", 12, "CNY/m²/month", money, \.idleRent, "rent of leasable idle rooms")
        real("idle_occupancy", 0.6, "share", share, \.idleOccupancy, "share of idle area let")
        real("parking_fee", 60, "CNY/space/month", money, \.parkingFee, "parking fee per space")
        real("parking_utilization", 0.7, "share", share, \.parkingUtilization, "share of parking spaces let")
        real("ad_income", 100, "CNY/compound/month", money, \.adIncome, "advertising and other site income")
        real("provider_share", 0.20, "share", share, \.providerShare, "share of public revenue the provider keeps as its reasonable cost")
        real("owner_share_to_fees", 0.5, "share", share, \.ownerShareToFees, "share of the owners' part of public revenue used to pay uncollected fees")

        for svc in ServiceKind.allCases {
            let d = serviceDefaults[svc]!, s = svc.name
            let base = MemoryLayout<AreaParameters>.offset(of: \.services)! + ServiceSet.offset(of: svc)
            func at(_ field: PartialKeyPath<ServiceParameters>) -> Int { base + MemoryLayout<ServiceParameters>.offset(of: field)! }
            real("\(s)_orders", d.0, "orders/household/month", money, \.services[svc].orders, "\(s): demand at maturity",
                 within: at(\.orders))
            real("\(s)_price", d.1, "CNY/order", money, \.services[svc].price, "\(s): price per order", within: at(\.price))
            real("\(s)_margin", d.2, "share", share, \.services[svc].margin, "\(s): gross margin", within: at(\.margin))
            real("\(s)_fixed", d.3, "CNY/area/month", money, \.services[svc].fixed, "\(s): fixed cost while the area is managed",
                 within: at(\.fixed))
            real("\(s)_capex", d.4, "CNY/area", money, \.services[svc].capex, "\(s): one-off cost, first managed month",
                 within: at(\.capex))
            integer("\(s)_ramp_months", Int(d.5), "months", money, \.services[svc].rampMonths, "\(s): linear ramp to maturity",
                    within: at(\.rampMonths))
        }

        add("subsidy_per_household", .list([0]), "CNY/household/month", money, .yearList(\.subsidyPerHousehold),
            "operating subsidy; year k of management uses element k, 0 past the list")
        add("subsidy_per_m2", .list([0]), "CNY/m²/month", money, .yearList(\.subsidyPerM2),
            "operating subsidy by floor area; same rule by year")
        real("startup_grant", 0, "CNY/area", money, \.startupGrant, "one-off grant, first managed month")
        real("reward", 0, "CNY/area", money, \.reward, "evaluation reward, paid in managed month reward_month")
        integer("reward_month", 12, "managed month", .atLeastOne, \.rewardMonth, "managed month in which the reward is paid")
        add("subsidy_taxable", .flag(true), "bool", money, .flag(\.subsidyTaxable), "subsidies count as taxable income for CIT")

        for role in StaffRole.allCases {
            let d = roleDefaults[role]!, r = role.name
            let base = MemoryLayout<AreaParameters>.offset(of: \.roles)! + RoleSet.offset(of: role)
            func at(_ field: PartialKeyPath<RoleParameters>) -> Int { base + MemoryLayout<RoleParameters>.offset(of: field)! }
            real("\(r)_wage", d.0, "CNY/person/month", money, \.roles[role].wage, "\(r): monthly wage", within: at(\.wage))
            real("\(r)_households", d.1, "households/person", .positive, \.roles[role].households, "\(r): staffing ratio",
                 within: at(\.households))
            real("\(r)_min", d.2, "persons", money, \.roles[role].min, "\(r): minimum headcount per area", within: at(\.min))
            real("\(r)_per_gate", d.3, "persons", money, \.roles[role].perGate, "\(r): extra headcount per enclosable compound",
                 within: at(\.perGate))
        }

        real("wage_factor", 1.0, "factor", money, \.wageFactor, "multiplies all wages (e.g. volunteers in self-management)")
        real("oncost_rate", 0.20, "share of wage", share, \.oncostRate, "employer social insurance and housing fund")
        add("staff_rounding", .text(StaffRounding.none.rawValue), "text", money, .rounding(\.staffRounding),
            "\"ceil\": whole people per role (a standalone provider); \"none\": fractional (staff shared across areas)")
        real("utilities_per_household", 3.0, "CNY/household/month", money, \.utilitiesPerHousehold, "common-area electricity, water pumps")
        real("maintenance_per_m2", 0.05, "CNY/m²/month", money, \.maintenancePerM2, "routine repairs of common parts")
        real("sanitation_per_household", 2.0, "CNY/household/month", money, \.sanitationPerHousehold, "refuse removal")
        real("insurance_per_area", 300, "CNY/area/month", money, \.insurancePerArea, "public liability insurance")
        real("overhead_rate", 0.08, "share of staff cost", share, \.overheadRate, "head-office overhead")
        real("facility_capex", 30000, "CNY/area", money, \.facilityCapex, "office, access control, cameras; first managed month")
        integer("depreciation_months", 60, "months", .atLeastOne, \.depreciationMonths, "straight-line depreciation of capex, for CIT only")
        real("vat_fee", 0.01, "rate", share, \.vatFee, "VAT on fee income (small-scale taxpayer; 0.06 for a general taxpayer)")
        real("vat_lease", 0.05, "rate", share, \.vatLease, "VAT on the provider's public-revenue share")
        real("vat_vas", 0.01, "rate", share, \.vatVas, "VAT on value-added services")
        real("surcharge_rate", 0.06, "share of VAT", share, \.surchargeRate, "city maintenance and education surcharges")
        real("cit_rate", 0.05, "rate", share, \.citRate, "corporate income tax (small low-profit enterprise effective rate)")
        integer("loss_carry_years", 5, "years", money, \.lossCarryYears, "years a tax loss is carried forward")
        return rows
    }
}
