/// A TOML table: its keys in the order the document gives them, and their values.
public struct TOMLTable: Sendable, Sequence {
    /// The keys, in the order they first appear in the document.
    public private(set) var keys: [String] = []
    private var values: [String: TOMLValue] = [:]

    public init() {}

    /// The value of `key`, if the table has it.
    public subscript(key: String) -> TOMLValue? { values[key] }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Adds or replaces the value of `key`; a new key goes last.
    public mutating func set(_ value: TOMLValue, for key: String) {
        if values.updateValue(value, forKey: key) == nil { keys.append(key) }
    }

    /// The entries in document order.
    public func makeIterator() -> some IteratorProtocol<(key: String, value: TOMLValue)> {
        var names = keys.makeIterator()
        return AnyIterator { [values] in
            guard let key = names.next() else { return nil }
            return (key, values[key]!)
        }
    }
}
