/// How `subsidy --budget B` shares a budget smaller than the district's need (MODEL §7).
public enum BudgetPolicy: String, Sendable, CaseIterable {
    /// Fund areas whole in increasing need per household; the first that does not fit gets
    /// what is left, the rest nothing.
    case coverage
    /// Scale every area's need by B / Σ need.
    case proportional
}
