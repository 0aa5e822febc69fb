/// Whether `actual` is within `tolerance` of `expected` (absolute difference).
func isClose(_ actual: Double, _ expected: Double, tolerance: Double) -> Bool {
    abs(actual - expected) <= tolerance
}

/// An error thrown from inside a function under solution, to check it comes back out.
struct CallbackFailure: Error, Equatable {
    let id: Int
}
