import CustodyModel

/// A rule of MODEL §1 that a service mode can fail for an area; the raw value is the reason
/// code of `compare.csv`, and the cases are in the order codes are joined.
public enum FeasibilityRule: String, Sendable, CaseIterable {
    /// `market-selection` and `self-management` take one compound.
    case notSingleCompound = "not-single-compound"
    /// `market-selection` needs an enclosable compound (every compound, for a larger area).
    case notEnclosable = "not-enclosable"
    /// `self-management` needs owners who want it (`self_manage_willing`).
    case ownersUnwilling = "owners-unwilling"
    /// `nearby-takeover` needs a managed neighbour of every compound (`adjacent_managed`).
    case noManagedNeighbour = "no-managed-neighbour"

    /// The rules `mode` fails for `compounds`, in reason-code order; empty when feasible.
    /// `merged-custody` fits any compounds.
    public static func failures(of mode: ServiceMode, for compounds: [Compound]) -> [FeasibilityRule] {
        let single = compounds.count == 1
        var failed: [FeasibilityRule] = []
        switch mode {
        case .marketSelection:
            if !single { failed.append(.notSingleCompound) }
            if !compounds.allSatisfy(\.enclosable) { failed.append(.notEnclosable) }
        case .selfManagement:
            if !single { failed.append(.notSingleCompound) }
            if !compounds.allSatisfy(\.selfManageWilling) { failed.append(.ownersUnwilling) }
        case .mergedCustody:
            break
        case .nearbyTakeover:
            if !compounds.allSatisfy(\.adjacentManaged) { failed.append(.noManagedNeighbour) }
        }
        return failed
    }
}
