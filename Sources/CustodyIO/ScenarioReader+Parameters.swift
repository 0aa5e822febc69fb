import CustodyModel
import TOML

extension ScenarioReader {
    /// The keys of `[[area]]`, for advice when one turns up among parameters.
    static let areaKeys = ["id", "name", "street", "mode", "provider", "takeover", "score", "compounds",
                           "params", "compound"]

    /// Reads a table of parameter values (`[params]`, `[modes.X]`, `[area.params]`), checking
    /// each against the catalog (MODEL §4).
    ///
    /// - Parameter level: how messages name the table, e.g. `[modes.merged-custody]`.
    mutating func parameters(in t: TOMLTable, at path: Path, level: String) -> ParameterAssignments {
        var assignments: ParameterAssignments = [:]
        for (name, node) in t.sorted(by: { $0.key < $1.key }) {
            let here = path + [.key(name)]
            guard let spec = ParameterCatalog.spec(named: name) else {
                var message = "unknown parameter `\(name)` in \(level)"
                if level == "[area.params]" && Self.areaKeys.contains(name) {
                    message += "; \(name) belongs to the [[area]] itself: move it above [area.params]"
                } else if let near = ParameterCatalog.nearestName(to: name) {
                    message += "; did you mean `\(near)`?"
                } else {
                    message += " (`custody params` lists every parameter)"
                }
                error(message, at: document.keyPosition(of: here))
                continue
            }
            if let value = parameterValue(node, spec: spec, at: here) {
                assignments[spec.id] = value
            }
        }
        return assignments
    }

    /// Converts and checks one parameter value: type, NaN/Inf, bounds (by
    /// ``ParameterSpec/problem(with:)``); reports at the value, or at the list element at fault.
    mutating func parameterValue(_ node: TOMLValue, spec: ParameterSpec, at path: Path) -> ParameterValue? {
        let name = spec.name
        let value: ParameterValue
        switch node.kind {
        case .integer(let n): value = .number(Double(n))
        case .float(let x): value = .number(x)
        case .boolean(let b): value = .flag(b)
        case .string(let s): value = .text(s)
        case .array(let items):
            var xs: [Double] = []
            for (k, item) in items.enumerated() {
                guard let x = item.number else {
                    error("\(name) must be \(spec.expectation); element \(k + 1) is \(item.shown)",
                          at: document.position(of: path + [.index(k)]))
                    return nil
                }
                xs.append(x)
            }
            value = .list(xs)
        case .table, .dateTime:
            error("\(name) must be \(spec.expectation), got \(node.shown)", at: document.position(of: path))
            return nil
        }
        switch value {
        case .number(let x) where !x.isFinite:
            error("\(name) must be a finite number, got \(TOMLValue.show(x))", at: document.position(of: path))
            return nil
        case .list(let xs):
            if let k = xs.firstIndex(where: { !$0.isFinite }) {
                error("\(name) year \(k + 1) must be a finite number, got \(TOMLValue.show(xs[k]))",
                      at: document.position(of: path + [.index(k)]))
                return nil
            }
        default: break
        }
        guard let problem = spec.problem(with: value) else { return value }
        // Numbers are phrased as in STYLE.md: "collection_target (1.4) must be between 0 and 1".
        switch (spec.kind, value) {
        case (.integer, .number(let x)) where x.rounded() != x:
            error("\(name) (\(TOMLValue.show(x))) must be a whole number", at: document.position(of: path))
        case (.real, .number(let x)), (.integer, .number(let x)), (.yearList, .number(let x)):
            error("\(name) (\(TOMLValue.show(x))) \(spec.bounds.requirement)", at: document.position(of: path))
        case (.yearList, .list(let xs)):
            let k = xs.firstIndex { !spec.bounds.contains($0) } ?? 0
            error("\(name) year \(k + 1) (\(TOMLValue.show(xs[k]))) \(spec.bounds.requirement)",
                  at: document.position(of: path + [.index(k)]))
        default:
            error("\(name) \(problem)", at: document.position(of: path))
        }
        return nil
    }

    /// Reads `[modes.<mode>]` tables.
    mutating func readModes(_ node: TOMLValue?) -> [ServiceMode: ParameterAssignments] {
        guard let node, let t = table(node, at: [.key("modes")], named: "modes", header: "[modes.<mode>]") else {
            return [:]
        }
        let ids = ServiceMode.allCases.map(\.rawValue)
        var modes: [ServiceMode: ParameterAssignments] = [:]
        for (name, value) in t.sorted(by: { $0.key < $1.key }) {
            let path: Path = [.key("modes"), .key(name)]
            guard let mode = ServiceMode(rawValue: name) else {
                error("unknown mode `\(name)` in [modes.\(name)]\(Self.suggestion(for: name, among: ids))"
                      + " (modes: \(ids.joined(separator: ", ")))", at: document.keyPosition(of: path))
                continue
            }
            guard let values = table(value, at: path, named: "modes.\(name)", header: "[modes.\(name)]") else { continue }
            modes[mode] = parameters(in: values, at: path, level: "[modes.\(name)]")
        }
        return modes
    }
}
