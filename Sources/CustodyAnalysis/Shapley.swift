import GSL

/// The Shapley value of a cooperative game (L. S. Shapley, "A value for n-person games",
/// *Contributions to the Theory of Games* II, Annals of Mathematics Studies 28, 1953, 307–317,
/// doi:10.1515/9781400881970-018):
///
///     φᵢ = Σ over S ⊆ N ∖ {i} of |S|! (n − |S| − 1)! / n! × (v(S ∪ {i}) − v(S))
///
/// the average, over the n! orders in which the players can join, of what player i adds to
/// those who came before. It is the only division of v(N) that is efficient (Σ φᵢ = v(N)),
/// symmetric (interchangeable players get the same) and additive, and gives a null player 0.
///
/// ``exact(_:)`` enumerates every coalition; ``sampled(_:permutations:random:)`` averages
/// random orders (Castro, Gómez and Tejada 2009). `share` uses the first up to
/// ``exactPlayerLimit`` players and the second above.
public enum Shapley {
    /// The most players for which `share` enumerates all 2ⁿ coalitions.
    public static let exactPlayerLimit = 20

    /// The exact Shapley value, by enumeration of all 2ⁿ coalitions.
    ///
    /// Rewriting the sum by coalition rather than by player,
    ///
    ///     φᵢ = Σ over S ∋ i of w(|S| − 1) v(S) − Σ over S ∌ i of w(|S|) v(S),
    ///     w(s) = s! (n − 1 − s)! / n!,
    ///
    /// each coalition is visited once: w(|S|) v(S) is debited to every player (one running
    /// sum) and w(|S| − 1) v(S) + w(|S|) v(S) credited back to each member. Coalitions are visited in Gray-code order, so each differs from the last
    /// by one player and the game updates its running totals by one ``CooperativeGame/add(_:to:)``
    /// or ``CooperativeGame/remove(_:from:)`` instead of rebuilding them.
    ///
    /// - Parameter game: a game of 1…30 players (2ⁿ coalitions are visited).
    /// - Returns: φ₀ … φₙ₋₁.
    /// - Complexity: 2ⁿ − 1 game updates and evaluations and n 2ⁿ⁻¹ additions; allocates only
    ///   the result and n weights. About 0.05 s for n = 20 in a release build.
    public static func exact<Game: CooperativeGame>(_ game: Game) -> [Double] {
        let n = game.playerCount
        precondition(n >= 1 && n <= 30, "exact Shapley enumerates 2^n coalitions; n = \(n) is outside 1...30")
        // member[s] = w(s − 1), credited to members of a coalition of size s; outsider[s] =
        // −w(s), debited to the others. w(0) = 1/n, w(s) = w(s − 1) × s / (n − s).
        var member = [Double](repeating: 0, count: n + 1), outsider = [Double](repeating: 0, count: n + 1)
        var w = 1 / Double(n)
        for s in 0..<n {
            if s > 0 { w *= Double(s) / Double(n - s) }
            member[s + 1] = w
            outsider[s] = -w
        }
        var phi = [Double](repeating: 0, count: n)
        var everyone = 0.0
        member.withUnsafeBufferPointer { member in
            outsider.withUnsafeBufferPointer { outsider in
                phi.withUnsafeMutableBufferPointer { phi in
                    var coalition = game.emptyCoalition
                    var size = 0
                    // v(∅) = 0 contributes nothing; visit the other coalitions in Gray-code order.
                    for k in 1..<(1 << n) {
                        let player = k.trailingZeroBitCount
                        let mask = k ^ (k >> 1)
                        if mask & (1 << player) != 0 {
                            game.add(player, to: &coalition)
                            size += 1
                        } else {
                            game.remove(player, from: &coalition)
                            size -= 1
                        }
                        let v = game.value(of: coalition)
                        // Debit everyone, then give members back their debit with their credit:
                        // a loop over the |S| members instead of all n players.
                        let debit = outsider[size] * v, back = member[size] * v - debit
                        everyone += debit
                        var members = mask
                        while members != 0 {
                            phi[members.trailingZeroBitCount] += back
                            members &= members - 1
                        }
                    }
                }
            }
        }
        return phi.map { $0 + everyone }
    }

    /// The Shapley value estimated by permutation sampling (J. Castro, D. Gómez and J. Tejada,
    /// "Polynomial calculation of the Shapley value based on sampling", *Computers & Operations
    /// Research* 36(5), 2009, 1726–1730, doi:10.1016/j.cor.2008.04.004).
    ///
    /// Draws m uniformly random orders of the players (Fisher–Yates on `random`); in each, a
    /// player's marginal contribution is v(predecessors ∪ {i}) − v(predecessors). φ̂ᵢ is the mean
    /// of player i's m contributions, an unbiased estimate of φᵢ, and its standard error is
    /// their sample standard deviation over √m (running mean and variance by Welford's method).
    /// Each order's contributions sum to v(N), so Σ φ̂ᵢ = v(N) up to rounding.
    ///
    /// - Parameters:
    ///   - game: a game of at least one player.
    ///   - permutations: m ≥ 2.
    ///   - random: the source of the orders; m × (n − 1) integers are drawn from it.
    /// - Returns: φ̂ and the standard errors.
    /// - Complexity: m × n game updates and evaluations; allocates only the result and one
    ///   order of the players.
    public static func sampled<Game: CooperativeGame>(_ game: Game, permutations: Int,
                                                      random: RandomSource) -> ShapleyEstimate {
        let n = game.playerCount
        precondition(n >= 1, "a game needs at least one player")
        precondition(permutations >= 2, "a standard error needs at least 2 permutations, got \(permutations)")
        var order = Array(0..<n)
        var mean = [Double](repeating: 0, count: n), squares = [Double](repeating: 0, count: n)
        order.withUnsafeMutableBufferPointer { order in
            mean.withUnsafeMutableBufferPointer { mean in
                squares.withUnsafeMutableBufferPointer { squares in
                    for k in 1...permutations {
                        random.shuffle(order)
                        let weight = 1 / Double(k)
                        var coalition = game.emptyCoalition
                        var before = 0.0
                        for i in order {
                            game.add(i, to: &coalition)
                            let after = game.value(of: coalition)
                            let x = after - before
                            before = after
                            let delta = x - mean[i]
                            mean[i] += delta * weight
                            squares[i] += delta * (x - mean[i])
                        }
                    }
                }
            }
        }
        let m = Double(permutations)
        let errors = squares.map { ($0 / (m - 1) / m).squareRoot() }
        return ShapleyEstimate(values: mean, standardErrors: errors, permutations: permutations)
    }
}
