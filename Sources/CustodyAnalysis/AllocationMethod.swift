/// How `allocate` divides the reward pool (MODEL §7).
public enum AllocationMethod: String, CaseIterable, Sendable {
    /// By households or floor area (`--by`).
    case proportional
    /// By score^γ among areas with a score > 0 and ≥ the minimum score.
    case score
    /// Deficits as claims, equal awards (λ per unit of `--by`).
    case equalAwards = "equal-awards"
    /// Deficits as claims, equal losses (λ per unit of `--by`).
    case equalLosses = "equal-losses"
    /// Deficits as claims, the Talmud rule.
    case talmud

    /// The bankruptcy rule of the claim-based methods; nil for `proportional` and `score`.
    public var bankruptcyRule: BankruptcyRule? { BankruptcyRule(rawValue: rawValue) }
}
