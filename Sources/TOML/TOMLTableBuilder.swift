/// The tables of a document while it is read, and the rules of TOML 1.0 on defining them.
///
/// Tables are kept in an array and refer to each other by index, so that a header deep in the
/// document reaches its table in as many steps as its name has parts. Values written in one
/// piece (scalars, `[…]`, `{…}`) are finished ``TOMLValue``s from the start; tables that headers
/// and dotted keys may still add to become values when the document ends.
///
/// The rules, each of which the messages below explain to the writer:
/// - a `[header]` defines its table once; tables that only its name implies may be defined by
///   a later header;
/// - dotted keys (`a.b = 1`) define tables too, which a header may then not define, but whose
///   sub-tables headers may;
/// - `[[name]]` adds an element to an array of tables, and a header's name that passes through
///   one means its latest element;
/// - inline tables and arrays written in place are complete: nothing may add to them;
/// - a key is set once.
struct TOMLTableBuilder {
    /// What a key of a table holds.
    enum Child {
        case value(TOMLValue)
        case table(Int)
        case tables(Int)
    }

    struct Table {
        var order: [String] = []
        var children: [String: Child] = [:]
        var form: TOMLValue.Form
        var key: TOMLPosition
        var start: TOMLPosition
        var end: TOMLPosition
        /// The header section (or inline table) whose dotted keys made this table.
        var section: Int
        var depth: Int
    }

    struct ArrayOfTables {
        var elements: [Int]
        var key: TOMLPosition
        var start: TOMLPosition
    }

    static let root = 0
    private(set) var tables = [Table(form: .header, key: .start, start: .start, end: .start, section: 0, depth: 0)]
    private var arrays: [ArrayOfTables] = []
    /// The current header section; each header and each inline table starts a new one.
    var section = 0

    func depth(of table: Int) -> Int { tables[table].depth }

    // MARK: - Headers

    /// `[a.b.c]`: the table that the header defines.
    mutating func openTable(_ parts: [TOMLReader.KeyPart], header: Range<TOMLPosition>, shown: String) throws(TOMLSyntaxError) -> Int {
        let parent = try walk(parts.dropLast(), header: header, shown: shown)
        let last = parts[parts.count - 1]
        guard let existing = tables[parent].children[last.name] else {
            return add(last, to: parent, form: .header, start: header.lowerBound, end: header.upperBound)
        }
        switch existing {
        case .table(let t) where tables[t].form == .implicit:
            tables[t].form = .header
            tables[t].key = last.position
            tables[t].start = header.lowerBound
            tables[t].end = header.upperBound
            tables[t].section = section
            return t
        case .table(let t) where tables[t].form == .dotted:
            throw TOMLSyntaxError("\(shown) defines a table that the dotted keys at line \(tables[t].key.line) already make: "
                                  + "set its keys there, or only under \(shown)", at: last.position)
        case .table(let t):
            throw TOMLSyntaxError("the table \(shown) is defined twice (first at line \(tables[t].start.line)): "
                                  + "write all its keys under one header", at: header.lowerBound)
        case .tables(let a):
            throw TOMLSyntaxError("`\(last.name)` is an array of tables, written [[…]] at line \(arrays[a].start.line): "
                                  + "write [[…]] to add an element to it", at: last.position)
        case .value(let v):
            throw Self.notATable(last, v, adding: shown)
        }
    }

    /// `[[a.b.c]]`: a new element of the array of tables, which the first such header makes.
    mutating func openArrayElement(_ parts: [TOMLReader.KeyPart], header: Range<TOMLPosition>, shown: String) throws(TOMLSyntaxError) -> Int {
        let parent = try walk(parts.dropLast(), header: header, shown: shown)
        let last = parts[parts.count - 1]
        let depth = try checkedDepth(below: parent, at: last)
        let element = tables.count
        tables.append(Table(form: .header, key: last.position, start: header.lowerBound, end: header.upperBound,
                            section: section, depth: depth))
        switch tables[parent].children[last.name] {
        case nil:
            tables[parent].order.append(last.name)
            tables[parent].children[last.name] = .tables(arrays.count)
            arrays.append(ArrayOfTables(elements: [element], key: last.position, start: header.lowerBound))
        case .tables(let a):
            arrays[a].elements.append(element)
        case .table(let t):
            throw TOMLSyntaxError("\(shown) cannot make `\(last.name)` an array of tables: it is a table already "
                                  + "(line \(tables[t].key.line))", at: last.position)
        case .value(let v):
            if case .array = v.kind {
                throw TOMLSyntaxError("`\(last.name)` is a list written in place at line \(v.key.line) (\(last.name) = […]): "
                                      + "\(shown) cannot add to it; write every element one way", at: last.position)
            }
            throw Self.notATable(last, v, adding: shown)
        }
        return element
    }

    /// The table that the parent names of a header lead to, making the missing ones.
    private mutating func walk(_ parts: ArraySlice<TOMLReader.KeyPart>, header: Range<TOMLPosition>,
                               shown: String) throws(TOMLSyntaxError) -> Int {
        var table = Self.root
        for part in parts {
            switch tables[table].children[part.name] {
            case nil:
                table = add(part, to: table, form: .implicit, start: header.lowerBound, end: header.upperBound,
                            depth: try checkedDepth(below: table, at: part))
            case .table(let t):
                table = t
            case .tables(let a):
                table = arrays[a].elements[arrays[a].elements.count - 1]
            case .value(let v):
                throw Self.notATable(part, v, adding: shown)
            }
        }
        return table
    }

    // MARK: - Keys

    /// Sets `parts` (a dotted key) to `value` in `table`, making the tables of its dotted names.
    ///
    /// - Parameters:
    ///   - place: where `table` is, in messages: "in [params]", "at the top level".
    ///   - section: the header section or inline table that the key is written in.
    mutating func set(_ parts: [TOMLReader.KeyPart], to value: TOMLValue, in table: Int, place: String,
                      section: Int) throws(TOMLSyntaxError) {
        var here = table
        let end = value.span.upperBound
        tables[table].end = max(tables[table].end, end)
        for part in parts.dropLast() {
            switch tables[here].children[part.name] {
            case nil:
                here = add(part, to: here, form: .dotted, start: part.position, end: end,
                           depth: try checkedDepth(below: here, at: part))
                tables[here].section = section
            case .table(let t):
                switch tables[t].form {
                case .implicit:
                    tables[t].form = .dotted
                    tables[t].section = section
                case .dotted where tables[t].section == section:
                    break
                case .dotted:
                    throw TOMLSyntaxError("`\(part.name)` was made by dotted keys under another header (line "
                                          + "\(tables[t].key.line)): set its keys there", at: part.position)
                default:
                    throw TOMLSyntaxError("`\(part.name)` is a table with a header of its own (line \(tables[t].start.line)): "
                                          + "set its keys under that header, not with dotted keys", at: part.position)
                }
                here = t
                tables[here].end = max(tables[here].end, end)
            case .tables(let a):
                throw TOMLSyntaxError("`\(part.name)` is an array of tables, written [[…]] at line \(arrays[a].start.line): "
                                      + "dotted keys cannot add to it; write the key under one of its [[…]] headers",
                                      at: part.position)
            case .value(let v):
                throw Self.notATable(part, v, adding: "a dotted key")
            }
        }
        let last = parts[parts.count - 1]
        if let existing = tables[here].children[last.name] {
            let line: Int
            switch existing {
            case .value(let v): line = v.key.line
            case .table(let t): line = tables[t].key.line
            case .tables(let a): line = arrays[a].key.line
            }
            throw TOMLSyntaxError("`\(TOMLReader.spell(parts))` is set twice \(place) (first at line \(line)): keep one",
                                  at: last.position)
        }
        var keyed = value
        keyed.key = last.position
        tables[here].order.append(last.name)
        tables[here].children[last.name] = .value(keyed)
    }

    // MARK: - Inline tables

    /// An empty table for an inline table `{…}` being read.
    mutating func newInlineTable(at start: TOMLPosition, depth: Int) -> Int {
        tables.append(Table(form: .inline, key: start, start: start, end: start, section: section, depth: depth))
        return tables.count - 1
    }

    /// The finished inline table.
    mutating func closeInlineTable(_ table: Int, end: TOMLPosition) -> TOMLValue {
        tables[table].end = end
        return value(of: table)
    }

    // MARK: - Finishing

    /// The root table as a value, spanning `text` (the whole text but a byte-order mark).
    mutating func root(_ text: Range<TOMLPosition>) -> TOMLValue {
        tables[Self.root].key = text.lowerBound
        tables[Self.root].start = text.lowerBound
        tables[Self.root].end = text.upperBound
        return value(of: Self.root)
    }

    /// A table and everything under it as a value (recursion as deep as the tables nest,
    /// which ``TOMLDocument/maximumDepth`` bounds).
    private func value(of index: Int) -> TOMLValue {
        let table = tables[index]
        var out = TOMLTable()
        for name in table.order {
            switch table.children[name]! {
            case .value(let v):
                out.set(v, for: name)
            case .table(let t):
                out.set(value(of: t), for: name)
            case .tables(let a):
                let elements = arrays[a].elements.map(value(of:))
                let end = max(arrays[a].start, elements.last?.span.upperBound ?? arrays[a].start)
                out.set(TOMLValue(.array(elements), key: arrays[a].key, span: arrays[a].start..<end, form: .arrayOfTables),
                        for: name)
            }
        }
        return TOMLValue(.table(out), key: table.key, span: table.start..<max(table.start, table.end), form: table.form)
    }

    private mutating func add(_ part: TOMLReader.KeyPart, to parent: Int, form: TOMLValue.Form,
                              start: TOMLPosition, end: TOMLPosition, depth: Int? = nil) -> Int {
        tables.append(Table(form: form, key: part.position, start: start, end: end, section: section,
                            depth: depth ?? tables[parent].depth + 1))
        tables[parent].order.append(part.name)
        tables[parent].children[part.name] = .table(tables.count - 1)
        return tables.count - 1
    }

    private func checkedDepth(below parent: Int, at part: TOMLReader.KeyPart) throws(TOMLSyntaxError) -> Int {
        let depth = tables[parent].depth + 1
        guard depth <= TOMLDocument.maximumDepth else {
            throw TOMLSyntaxError("lists, inline tables and table names nest more than \(TOMLDocument.maximumDepth) deep here",
                                  at: part.position)
        }
        return depth
    }

    /// `a` holds a value, so a header or dotted key cannot treat it as a table.
    private static func notATable(_ part: TOMLReader.KeyPart, _ value: TOMLValue, adding what: String) -> TOMLSyntaxError {
        let line = value.key.line
        switch value.kind {
        case .table:
            return TOMLSyntaxError("`\(part.name)` is an inline table {…}, complete as written at line \(line): "
                                   + "\(what) cannot add to it; put the key inside its braces", at: part.position)
        case .array:
            return TOMLSyntaxError("`\(part.name)` is a list written at line \(line), not a table: \(what) cannot add to it",
                                   at: part.position)
        default:
            return TOMLSyntaxError("`\(part.name)` is set to a value at line \(line), so \(what) cannot make it a table",
                                   at: part.position)
        }
    }
}
