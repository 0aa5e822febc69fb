import CustodyModel
import TOML

extension ScenarioReader {
    /// One `[[area]]` as read: the area when it is valid, and its id even when it is not (so
    /// that sweeps naming it are not told it does not exist).
    struct ReadArea {
        var id: String?
        var area: Area?
    }

    /// Where each compound id has been placed so far: the area's label and the line.
    typealias Owners = [String: (area: String, line: Int)]

    /// Reads every `[[area]]`, with its compounds from the ledger and inline.
    mutating func readAreas(_ node: TOMLValue?, header: Header, ledger: Ledger?) -> [ReadArea] {
        guard let node else {
            error("the scenario has no areas: add at least one [[area]] with id, street, mode, provider and compounds",
                  at: document.position(of: [.key("scenario")]))
            return []
        }
        let tables = arrayOfTables(node, at: [.key("area")], named: "area")
        if tables.isEmpty, case .array = node.kind {
            error("the scenario has no areas: add at least one [[area]]", at: document.position(of: [.key("area")]))
        }
        var lineOfID: [String: Int] = [:]
        var owners: Owners = [:]
        return tables.enumerated().map { k, t in
            guard let t else { return ReadArea() }
            return readArea(t, number: k, header: header, ledger: ledger, lineOfID: &lineOfID, owners: &owners)
        }
    }

    private static let idCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-".unicodeScalars)

    private mutating func readArea(_ t: TOMLTable, number k: Int, header: Header, ledger: Ledger?,
                                   lineOfID: inout [String: Int], owners: inout Owners) -> ReadArea {
        let path: Path = [.key("area"), .index(k)]
        var place = "[[area]] #\(k + 1)"
        var read = ReadArea()
        var valid = true
        checkKeys(t, at: path, allowed: Self.areaKeys, in: "[[area]]",
                  parameterAdvice: "put it under [area.params] (after this area's keys)")

        let id = string(t, "id", at: path, in: place, example: "id = \"area-\(k + 1)\"")
        if let id {
            let at = document.position(of: path + [.key("id")])
            if id.isEmpty || !id.unicodeScalars.allSatisfy(Self.idCharacters.contains) {
                error("area id \"\(id)\" may contain only letters A-Z and a-z, digits, _ and -; "
                      + "put any other text in name", at: at)
                valid = false
            } else if let first = lineOfID[id] {
                error("duplicate area id \"\(id)\": the [[area]] at line \(first) has it already; area ids must be unique",
                      at: at)
                valid = false
            } else {
                lineOfID[id] = line(of: path)
            }
            read.id = id
            place = "area \"\(id)\""
        } else {
            valid = false
        }
        let name = string(t, "name", at: path, required: false)
        var street = string(t, "street", at: path, in: place, example: "street = \"湓浦\"")
        if street?.isEmpty == true {
            error("street must not be empty", at: document.position(of: path + [.key("street")]))
            street = nil
        }
        let mode: ServiceMode? = choice(t, "mode", at: path, in: place, example: "mode = \"merged-custody\"")
        let provider: ProviderOrigin? = choice(t, "provider", at: path, in: place, example: "provider = \"new\"")
        let takeover = month(t, "takeover", at: path, required: false)
        if let takeover, let start = header.start, let end = header.end {
            let at = document.position(of: path + [.key("takeover")])
            if takeover < start {
                error("takeover (\(takeover)) is before the scenario's start (\(start)); use \(start) or later", at: at)
                valid = false
            } else if takeover > end {
                error("takeover (\(takeover)) is after the last simulated month (\(end): start \(start) + months − 1); "
                      + "use \(end) or earlier, or lengthen months", at: at)
                valid = false
            }
        }
        let score = number(t, "score", at: path, required: false)
        if let score, !(0...100).contains(score) {
            error("score (\(TOMLValue.show(score))) must be between 0 and 100", at: document.position(of: path + [.key("score")]))
            valid = false
        }
        var params: ParameterAssignments = [:]
        if let node = t["params"],
           let values = table(node, at: path + [.key("params")], named: "params", header: "[area.params]") {
            params = parameters(in: values, at: path + [.key("params")], level: "[area.params]")
        }
        let compounds = readCompounds(of: t, at: path, place: place, street: street, ledger: ledger, owners: &owners)

        if valid, let id, let street, let mode, let provider, let compounds {
            read.area = Area(id: id, name: name, street: street, mode: mode, provider: provider,
                             takeover: takeover, score: score, compounds: compounds, params: params)
        }
        return read
    }

    /// A string that must be one of an enumeration's raw values (`mode`, `provider`).
    private mutating func choice<T: RawRepresentable & CaseIterable>(
        _ t: TOMLTable, _ key: String, at path: Path, in place: String, example: String
    ) -> T? where T.RawValue == String {
        guard let s = string(t, key, at: path, in: place, example: example) else { return nil }
        if let value = T(rawValue: s) { return value }
        let names = T.allCases.map(\.rawValue)
        error("unknown \(key) \"\(s)\"\(Self.suggestion(for: s, among: names)) (\(key) is one of \(names.joined(separator: ", ")))",
              at: document.position(of: path + [.key(key)]))
        return nil
    }

    /// The compounds of one area: those `compounds` names (from the ledger or inline), then the
    /// inline ones it does not name. Nil when any of them is in error.
    private mutating func readCompounds(of t: TOMLTable, at path: Path, place: String, street: String?,
                                        ledger: Ledger?, owners: inout Owners) -> [Compound]? {
        var valid = true
        var stated = false

        // Inline [[area.compound]] tables.
        var inline: [(compound: Compound, path: Path)] = []
        var inlineIndex: [String: Int] = [:]
        if let node = t["compound"] {
            let tables = arrayOfTables(node, at: path + [.key("compound")], named: "area.compound")
            for (j, table) in tables.enumerated() {
                stated = true
                let here = path + [.key("compound"), .index(j)]
                guard let table, let compound = inlineCompound(table, at: here, street: street) else {
                    valid = false
                    continue
                }
                let at = document.position(of: here + [.key("id")])
                if let ledger, let row = ledger.row(of: compound.id) {
                    error("inline compound \"\(compound.id)\" has the id of row \(row) of the ledger; "
                          + "give it another id, or drop this [[area.compound]] and name the ledger row in compounds",
                          at: at)
                    valid = false
                } else if let k = inlineIndex[compound.id] {
                    error("duplicate compound id \"\(compound.id)\": the [[area.compound]] at line "
                          + "\(line(of: inline[k].path)) has it already", at: at)
                    valid = false
                } else {
                    inlineIndex[compound.id] = inline.count
                    inline.append((compound, here))
                }
            }
        }

        // The ids that `compounds` names.
        var compounds: [Compound] = []
        var named: Set<String> = []
        if let node = t["compounds"] {
            let listPath = path + [.key("compounds")]
            if case .array(let items) = node.kind {
                var firstElement: [String: Int] = [:]
                for (j, item) in items.enumerated() {
                    stated = true
                    let at = document.position(of: listPath + [.index(j)])
                    guard case .string(let id) = item.kind else {
                        error("compound ids must be text in quotes, got \(item.shown)", at: at)
                        valid = false
                        continue
                    }
                    if let first = firstElement[id] {
                        error("compound \"\(id)\" is listed twice in the compounds of \(place) (also element \(first + 1)); list it once",
                              at: at)
                        valid = false
                        continue
                    }
                    firstElement[id] = j
                    if let k = inlineIndex[id] {
                        compounds.append(inline[k].compound)
                        named.insert(id)
                    } else if let compound = ledger?.compound(withID: id) {
                        if claim(id, for: place, at: at, owners: &owners) { compounds.append(compound) } else { valid = false }
                    } else if let owner = owners[id] {
                        error("compound \"\(id)\" is already in \(owner.area) (line \(owner.line)); a compound belongs to one area",
                              at: at)
                        valid = false
                    } else if ledger?.row(of: id) != nil || ledger?.isUnreadable == true {
                        valid = false  // the ledger's own errors say why
                    } else {
                        valid = false
                        if let ledger {
                            error("unknown compound \"\(id)\": no row of the ledger has this id"
                                  + Self.suggestion(for: id, among: ledger.ids), at: at)
                        } else {
                            error("unknown compound \"\(id)\": the scenario has no ledger ([scenario] ledger = \"…\") "
                                  + "and no [[area.compound]] of \(place) has this id", at: at)
                        }
                    }
                }
            } else {
                error("compounds must be a list of compound ids, e.g. compounds = [\"PP-001\", \"PP-002\"], got \(node.shown)",
                      at: document.position(of: listPath))
                valid = false
                stated = true
            }
        }
        for (compound, here) in inline {
            if !claim(compound.id, for: place, at: document.position(of: here + [.key("id")]), owners: &owners) {
                valid = false
            } else if !named.contains(compound.id) {
                compounds.append(compound)
            }
        }
        if !stated {
            error("\(place) has no compounds: list ledger ids in compounds = [...] or add [[area.compound]] tables",
                  at: document.position(of: path + [.key("compounds")]))
            return nil
        }
        return valid ? compounds : nil
    }

    /// Places compound `id` in the area `place`; an error when another area has it.
    private mutating func claim(_ id: String, for place: String, at position: TOMLPosition,
                                owners: inout Owners) -> Bool {
        if let owner = owners[id] {
            error("compound \"\(id)\" is already in \(owner.area) (line \(owner.line)); a compound belongs to one area",
                  at: position)
            return false
        }
        owners[id] = (place, position.line)
        return true
    }

    /// An inline `[[area.compound]]`: the fields of a ledger row as TOML values; `street`
    /// defaults to the area's.
    private mutating func inlineCompound(_ t: TOMLTable, at path: Path, street: String?) -> Compound? {
        checkKeys(t, at: path, allowed: CompoundField.names, in: "[[area.compound]]")
        let examples: [CompoundField: String] = [
            .id: "id = \"X-001\"", .households: "households = 96", .floorArea: "floor_area_m2 = 6100",
            .enclosable: "enclosable = false",
        ]
        var values = CompoundField.Values()
        var valid = true
        for field in CompoundField.allCases {
            let here = path + [.key(field.name)]
            guard let node = t[field.name] else {
                if field.isRequired && field != .street {
                    missing(field.name, at: path, in: "[[area.compound]]", example: examples[field])
                    valid = false
                }
                continue
            }
            let input: CompoundField.Input
            switch (node.kind, field.kind) {
            case (.string(let s), .integer), (.string(let s), .number):
                error("\(field.name) \(field.requirement), got the text \"\(s)\"; write numbers without quotes",
                      at: document.position(of: here))
                valid = false
                continue
            case (.string(let s), _): input = .text(s)
            case (.integer(let n), _): input = .integer(Int(n))
            case (.float(let x), _): input = .real(x)
            case (.boolean(let b), _): input = .bool(b)
            default:
                error("\(field.name) \(field.requirement), got \(node.shown)", at: document.position(of: here))
                valid = false
                continue
            }
            switch field.parse(input) {
            case .success(let value): values[field] = value
            case .failure(let problem):
                error(problem.message, at: document.position(of: here))
                valid = false
            }
        }
        guard valid else { return nil }
        return CompoundField.compound(from: values, street: street)
    }
}
