import ArgumentParser
import CustodyAnalysis

/// `--policy coverage|proportional`.
extension BudgetPolicy: ExpressibleByArgument {}
