/// One step of a path into a document: a table's key or an array's index.
public enum TOMLPathComponent: Hashable, Sendable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case .key(let k): return k
        case .index(let i): return "[\(i)]"
        }
    }
}

/// A path from the root table: `area[1].params.fee_rate` is
/// `[.key("area"), .index(1), .key("params"), .key("fee_rate")]`.
public typealias TOMLPath = [TOMLPathComponent]
