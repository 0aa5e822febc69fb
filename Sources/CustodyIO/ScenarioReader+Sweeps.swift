import CustodyModel
import TOML
import Foundation

extension ScenarioReader {
    static let sweepKeys = ["param", "dist", "values", "levels", "mean", "sd", "min", "max", "mode"]

    /// The distributions of MODEL §7 and the numbers each takes.
    enum DistributionName: String, CaseIterable {
        case uniform, normal, lognormal, beta, triangular, pert

        var required: [String] {
            switch self {
            case .uniform: return ["min", "max"]
            case .normal, .lognormal, .beta: return ["mean", "sd"]
            case .triangular, .pert: return ["min", "mode", "max"]
            }
        }

        var optional: [String] {
            switch self {
            case .normal, .beta: return ["min", "max"]
            default: return []
            }
        }

        /// "mean, sd and optional min, max", for messages.
        var takes: String {
            let req = required.joined(separator: ", ")
            return optional.isEmpty ? req : "\(req) and optional \(optional.joined(separator: ", "))"
        }
    }

    /// Reads the `[[sweep]]` tables (MODEL §7, `sweep`), and warns about swept parameters
    /// that a more specific level shadows in some areas.
    mutating func readSweeps(_ node: TOMLValue?, modes: [ServiceMode: ParameterAssignments],
                             areas: [ReadArea]) -> [SweepSpec] {
        guard let node else { return [] }
        var sweeps: [SweepSpec] = []
        var lineOfPath: [ParameterPath: Int] = [:]
        for (k, t) in arrayOfTables(node, at: [.key("sweep")], named: "sweep").enumerated() {
            guard let t else { continue }
            let path: Path = [.key("sweep"), .index(k)]
            checkKeys(t, at: path, allowed: Self.sweepKeys, in: "[[sweep]]")
            let target = sweepPath(t, at: path, areas: areas)
            if let target {
                let at = document.position(of: path + [.key("param")])
                if let first = lineOfPath[target] {
                    error("\(target) is already swept by the [[sweep]] at line \(first); sweep each parameter path once",
                          at: at)
                } else {
                    lineOfPath[target] = line(of: path)
                    warnIfShadowed(target, at: at, modes: modes, areas: areas.compactMap(\.area))
                }
            }
            let spec = target.map { ParameterCatalog[$0.parameter] }
            let distribution = sweepDistribution(t, at: path, parameter: spec)
            var levels = 3
            if t["levels"] != nil, let n = integer(t, "levels", at: path, required: false) {
                if n >= 1 {
                    levels = n
                } else {
                    error("levels (\(n)) must be a whole number ≥ 1", at: document.position(of: path + [.key("levels")]))
                }
                if t["values"] != nil {
                    warning("levels is ignored when values are given (the grid uses the values)",
                            at: document.keyPosition(of: path + [.key("levels")]))
                }
            }
            if let target, let distribution {
                sweeps.append(SweepSpec(path: target, distribution: distribution, levels: levels))
            }
        }
        return sweeps
    }

    /// The parameter path of `param`: `name`, `modes.<mode>.<name>` or `area.<id>.<name>`, of a
    /// numeric parameter at a level that exists.
    private mutating func sweepPath(_ t: TOMLTable, at path: Path, areas: [ReadArea]) -> ParameterPath? {
        guard let text = string(t, "param", at: path, in: "[[sweep]]", example: "param = \"fee_rate\"") else {
            return nil
        }
        let at = document.position(of: path + [.key("param")])
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let level: ParameterPath.Level
        switch (parts.count, parts.first) {
        case (1, _):
            level = .params
        case (3, "modes"):
            guard let mode = ServiceMode(rawValue: parts[1]) else {
                let ids = ServiceMode.allCases.map(\.rawValue)
                error("param \"\(text)\": unknown mode `\(parts[1])`\(Self.suggestion(for: parts[1], among: ids))"
                      + " (modes: \(ids.joined(separator: ", ")))", at: at)
                return nil
            }
            level = .mode(mode)
        case (3, "area"):
            let ids = areas.compactMap(\.id)
            guard ids.contains(parts[1]) else {
                error("param \"\(text)\": no [[area]] has id \"\(parts[1])\"\(Self.suggestion(for: parts[1], among: ids))",
                      at: at)
                return nil
            }
            level = .area(parts[1])
        default:
            error("param \"\(text)\" is not a parameter path; write a parameter name (fee_rate), "
                  + "modes.<mode>.<name> or area.<id>.<name>", at: at)
            return nil
        }
        let name = parts[parts.count - 1]
        guard let spec = ParameterCatalog.spec(named: name) else {
            let hint = ParameterCatalog.nearestName(to: name).map { "; did you mean `\($0)`?" }
                ?? " (`custody params` lists every parameter)"
            error("param \"\(text)\": unknown parameter `\(name)`\(hint)", at: at)
            return nil
        }
        switch spec.kind {
        case .real, .integer, .yearList: break
        case .flag, .choice:
            error("param \"\(text)\": \(name) is \(spec.kind.label), and only numeric parameters "
                  + "(real, integer or list by year) can be swept", at: at)
            return nil
        }
        return ParameterPath(level: level, parameter: spec.id)
    }

    /// The distribution of a `[[sweep]]`: `dist` with its numbers, or `values`.
    private mutating func sweepDistribution(_ t: TOMLTable, at path: Path,
                                            parameter: ParameterSpec?) -> Distribution? {
        let numberKeys = ["mean", "sd", "min", "max", "mode"]
        let stated = numberKeys.filter { t[$0] != nil }
        func at(_ key: String) -> TOMLPosition { document.position(of: path + [.key(key)]) }

        if let valuesNode = t["values"] {
            if t["dist"] != nil {
                error("give either dist or values, not both", at: document.keyPosition(of: path + [.key("values")]))
                return nil
            }
            for key in stated {
                error("\(key) is not used with values; remove it, or replace values with a dist",
                      at: document.keyPosition(of: path + [.key(key)]))
            }
            guard case .array(let items) = valuesNode.kind, !items.isEmpty else {
                error("values must be a non-empty list of numbers, e.g. values = [0.4, 0.45, 0.5], got \(valuesNode.shown)",
                      at: at("values"))
                return nil
            }
            var xs: [Double] = []
            var valid = stated.isEmpty
            for (k, item) in items.enumerated() {
                let here = document.position(of: path + [.key("values"), .index(k)])
                // Taken once: reading `item.number` twice here crashed Swift 6.3.1's optimizer in
                // release builds (an ownership error in its copy propagation).
                let number = item.number
                guard let x = number, x.isFinite else {
                    let shown = number.map(TOMLValue.show) ?? item.shown
                    error("values must be finite numbers; element \(k + 1) is \(shown)", at: here)
                    valid = false
                    continue
                }
                if let parameter, !parameter.bounds.contains(x) {
                    error("value \(TOMLValue.show(x)) is outside the range of \(parameter.name), which "
                          + parameter.bounds.requirement, at: here)
                    valid = false
                }
                xs.append(x)
            }
            return valid ? .values(xs) : nil
        }

        guard t["dist"] != nil else {
            error("[[sweep]] needs dist = \"…\" (uniform, normal, lognormal, beta, triangular, pert) or values = [...]",
                  at: document.position(of: path))
            return nil
        }
        guard let name = string(t, "dist", at: path, in: "[[sweep]]") else { return nil }
        let names = DistributionName.allCases.map(\.rawValue)
        guard let dist = DistributionName(rawValue: name) else {
            error("unknown dist \"\(name)\"\(Self.suggestion(for: name, among: names)) (dist is one of \(names.joined(separator: ", ")))",
                  at: at("dist"))
            return nil
        }
        var valid = true
        for key in stated where !dist.required.contains(key) && !dist.optional.contains(key) {
            error("\(key) is not used by dist = \"\(name)\", which takes \(dist.takes)", at: document.keyPosition(of: path + [.key(key)]))
            valid = false
        }
        for key in dist.required where t[key] == nil {
            error("dist = \"\(name)\" needs \(key) (it takes \(dist.takes))", at: at("dist"))
            valid = false
        }
        var v: [String: Double] = [:]
        for key in stated where dist.required.contains(key) || dist.optional.contains(key) {
            if let x = number(t, key, at: path) { v[key] = x } else { valid = false }
        }
        guard valid else { return nil }

        // Bounds the parameter itself puts on min, mode and max.
        if let parameter {
            for key in ["min", "mode", "max"] {
                if let x = v[key], !parameter.bounds.contains(x) {
                    error("\(key) (\(TOMLValue.show(x))) is outside the range of \(parameter.name), which "
                          + parameter.bounds.requirement, at: at(key))
                    valid = false
                }
            }
        }
        if let sd = v["sd"], !(sd > 0) {
            error("sd (\(TOMLValue.show(sd))) must be greater than 0", at: at("sd"))
            valid = false
        }
        if let lo = v["min"], let hi = v["max"], !(lo < hi) {
            error("min (\(TOMLValue.show(lo))) must be less than max (\(TOMLValue.show(hi)))", at: at("max"))
            valid = false
        }
        guard valid else { return nil }

        switch dist {
        case .uniform:
            return .uniform(min: v["min"]!, max: v["max"]!)
        case .normal:
            return .normal(mean: v["mean"]!, sd: v["sd"]!, min: v["min"], max: v["max"])
        case .lognormal:
            guard v["mean"]! > 0 else {
                error("a lognormal's mean (\(TOMLValue.show(v["mean"]!))) must be greater than 0", at: at("mean"))
                return nil
            }
            return .lognormal(mean: v["mean"]!, sd: v["sd"]!)
        case .beta:
            let mean = v["mean"]!, sd = v["sd"]!, lo = v["min"] ?? 0, hi = v["max"] ?? 1
            guard lo < hi else {
                error("a beta's min (\(TOMLValue.show(lo))) must be less than its max (\(TOMLValue.show(hi)))",
                      at: at(v["min"] != nil ? "min" : "max"))
                return nil
            }
            guard mean > lo && mean < hi else {
                error("a beta's mean (\(TOMLValue.show(mean))) must lie strictly between min (\(TOMLValue.show(lo))) "
                      + "and max (\(TOMLValue.show(hi)))", at: at("mean"))
                return nil
            }
            let limit = ((mean - lo) * (hi - mean)).squareRoot()
            guard sd < limit else {
                error("no beta on [\(TOMLValue.show(lo)), \(TOMLValue.show(hi))] has mean \(TOMLValue.show(mean)) "
                      + "and sd \(TOMLValue.show(sd)): sd must be less than \(Self.rounded(limit)) "
                      + "(sd² < (mean − min)(max − mean))", at: at("sd"))
                return nil
            }
            let smallest = Distribution.smallestBetaSD(mean: mean, min: lo, max: hi)
            guard sd >= smallest else {
                error("a beta on [\(TOMLValue.show(lo)), \(TOMLValue.show(hi))] with mean \(TOMLValue.show(mean)) and sd "
                      + "\(TOMLValue.show(sd)) is too narrow to compute: sd must be at least \(Self.rounded(smallest * 1.001)) "
                      + "(its shape a + b would exceed 1,000,000, where GSL's beta distribution fails); for a narrower "
                      + "spread use dist = \"normal\" with min and max", at: at("sd"))
                return nil
            }
            return .beta(mean: mean, sd: sd, min: lo, max: hi)
        case .triangular, .pert:
            let lo = v["min"]!, mode = v["mode"]!, hi = v["max"]!
            guard mode >= lo && mode <= hi else {
                error("mode (\(TOMLValue.show(mode))) must be between min (\(TOMLValue.show(lo))) and max (\(TOMLValue.show(hi)))",
                      at: at("mode"))
                return nil
            }
            return dist == .pert ? .pert(min: lo, mode: mode, max: hi) : .triangular(min: lo, mode: mode, max: hi)
        }
    }

    /// Warns when a more specific level sets the swept parameter in some areas (MODEL §2): the
    /// sweep's values do not reach those areas.
    private mutating func warnIfShadowed(_ target: ParameterPath, at position: TOMLPosition,
                                         modes: [ServiceMode: ParameterAssignments], areas: [Area]) {
        let id = target.parameter
        var shadowed: [String] = []
        switch target.level {
        case .params:
            for area in areas {
                var levels: [String] = []
                if modes[area.mode]?[id] != nil { levels.append("[modes.\(area.mode.rawValue)]") }
                if area.params[id] != nil { levels.append("[area.params]") }
                if !levels.isEmpty { shadowed.append("\(area.id) (\(levels.joined(separator: ", ")))") }
            }
        case .mode(let mode):
            let ofMode = areas.filter { $0.mode == mode }
            if ofMode.isEmpty && !areas.isEmpty {
                warning("\(target) is swept, but no area has mode \(mode.rawValue), so the sweep changes nothing",
                        at: position)
                return
            }
            for area in ofMode where area.params[id] != nil {
                shadowed.append("\(area.id) ([area.params])")
            }
        case .area:
            return
        }
        guard !shadowed.isEmpty else { return }
        let name = ParameterCatalog[id].name
        warning("\(target) is swept, but a more specific level sets \(name) in area\(shadowed.count == 1 ? "" : "s") "
                + "\(shadowed.joined(separator: ", ")); the swept values do not reach "
                + (shadowed.count == 1 ? "it" : "them"), at: position)
    }

    /// A bound for messages: four significant digits.
    private static func rounded(_ x: Double) -> String {
        String(format: "%.4g", x)
    }
}
