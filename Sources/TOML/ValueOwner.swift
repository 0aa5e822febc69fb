/// What a value belongs to, named in messages only when the value is missing.
enum ValueOwner: CustomStringConvertible {
    /// The value of `key =`.
    case key([TOMLReader.KeyPart])
    /// An element of a list.
    case element

    var description: String {
        switch self {
        case .key(let parts): return "`\(TOMLReader.spell(parts)) =`"
        case .element: return "a list element"
        }
    }
}
