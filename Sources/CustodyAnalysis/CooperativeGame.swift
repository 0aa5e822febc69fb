/// A transferable-utility game: players 0…n − 1 and a value v(S) for every coalition S.
///
/// The Shapley routines build coalitions one player at a time, so a game keeps whatever running
/// totals make v(S) cheap (a cost game keeps the households and floor area of S) instead of
/// recomputing them from the member list. v(∅) must be 0.
public protocol CooperativeGame {
    /// The running state of a coalition.
    associatedtype Coalition

    /// n, the number of players.
    var playerCount: Int { get }

    /// The empty coalition ∅.
    var emptyCoalition: Coalition { get }

    /// Adds `player`, not yet a member, to `coalition`.
    func add(_ player: Int, to coalition: inout Coalition)

    /// Removes `player`, a member, from `coalition`.
    func remove(_ player: Int, from coalition: inout Coalition)

    /// v(S), with v(∅) = 0.
    func value(of coalition: Coalition) -> Double
}

/// A game given by its characteristic function on bitmasks: bit i of the mask is player i.
///
/// For textbook games and tests: `MaskGame(players: 3) { mask in … }`. Up to 62 players.
public struct MaskGame: CooperativeGame {
    public let playerCount: Int
    /// v(S) for the coalition whose members are the set bits of the argument.
    public let characteristic: (Int) -> Double

    /// - Parameters:
    ///   - players: n, 1…62.
    ///   - characteristic: v(mask); it must return 0 for mask 0.
    public init(players: Int, characteristic: @escaping (Int) -> Double) {
        precondition(players >= 1 && players <= 62, "a MaskGame has 1...62 players, got \(players)")
        playerCount = players
        self.characteristic = characteristic
    }

    public var emptyCoalition: Int { 0 }
    public func add(_ player: Int, to coalition: inout Int) { coalition |= 1 << player }
    public func remove(_ player: Int, from coalition: inout Int) { coalition &= ~(1 << player) }
    public func value(of coalition: Int) -> Double { characteristic(coalition) }
}
