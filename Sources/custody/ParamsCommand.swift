import ArgumentParser
import CustodyIO
import CustodyModel

struct ParamsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "params",
        abstract: "List every parameter with its effective value, unit and the level that set it.",
        discussion: """
            Levels, lowest precedence first: default < params ([params]) < mode ([modes.<mode>]) \
            < area ([area.params]). Without --area, shows the district-wide value ([params] or \
            the default) and how many areas override it in a mode or area section; with --area, \
            the values that area runs with.

            Examples:
              custody params scenarios/xunyang-2023.toml
              custody params scenarios/xunyang-2023.toml --area penpu-pilot
            """
    )

    @Argument(help: "Scenario TOML file.")
    var scenario: String

    @Option(help: "Show the values of this area (its id in the scenario).")
    var area: String?

    func validate() throws {
        if let area, area.isEmpty { throw ValidationError("--area needs an area id, e.g. --area penpu-pilot.") }
    }

    func run() throws {
        let input = try ScenarioInput.load(scenario)
        let s = input.scenario
        var rows: [[String]]
        if let id = area {
            let resolved = s.resolve(s.areas[try CommandOutput.areaIndex(id, in: input)])
            rows = [["name", "value", "unit", "level", "kind", "range", "meaning"]]
            for spec in ParameterCatalog.all {
                rows.append([spec.name, spec.value(in: resolved.values).description, spec.unit,
                             resolved.levels[spec.id.index].rawValue, spec.kind.label, range(spec), spec.meaning])
            }
        } else {
            let resolved = s.areas.map { s.resolve($0) }
            rows = [["name", "value", "unit", "level", "areas_overriding", "kind", "range", "meaning"]]
            for spec in ParameterCatalog.all {
                let value = s.params[spec.id] ?? spec.defaultValue
                let overriding = resolved.filter { $0.levels[spec.id.index] > .params }.count
                rows.append([spec.name, value.description, spec.unit, s.params[spec.id] == nil ? "default" : "params",
                             String(overriding), spec.kind.label, range(spec), spec.meaning])
            }
        }
        print(TextTable.render(rows), terminator: "")
    }

    private func range(_ spec: ParameterSpec) -> String {
        switch spec.kind {
        case .real, .integer, .yearList: return spec.bounds.notation
        case .flag: return "true, false"
        case .choice(let words): return words.joined(separator: ", ")
        }
    }
}

/// Left-aligned columns separated by two spaces; widths count characters.
enum TextTable {
    static func render(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        var widths = Array(repeating: 0, count: first.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - cell.count + 2) }
            }
            out += line + "\n"
        }
        return out
    }
}
