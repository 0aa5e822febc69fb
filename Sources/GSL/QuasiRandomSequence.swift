internal import CGSL

/// GSL's Sobol low-discrepancy sequence in up to 40 dimensions (`gsl_qrng_sobol`).
///
/// Point k of the sequence is the k-th call of `gsl_qrng_get` after initialisation
/// (I. M. Sobol', "On the distribution of points in a cube and the approximate evaluation of
/// integrals", *USSR Comput. Math. Math. Phys.* 7(4), 1967, doi:10.1016/0041-5553(67)90144-9;
/// GSL uses the Bratley–Fox direction numbers). GSL skips the all-zero point, so point 0 is
/// (½, …, ½).
///
/// ```swift
/// let sobol = QuasiRandomSequence(dimensions: 3)
/// var point = [Double](repeating: 0, count: 3)
/// sobol.next(into: &point)            // point 0
/// sobol.skip(to: 1000)
/// sobol.next(into: &point)            // point 1000
/// ```
///
/// One sequence owns one `gsl_qrng`, freed in `deinit`; it holds mutable state and is not
/// `Sendable`: use one per task.
public final class QuasiRandomSequence {
    /// GSL's limit for `gsl_qrng_sobol`.
    public static let maxDimensions = 40

    /// The generator state; owned, freed in `deinit`.
    private let generator: OpaquePointer

    /// Coordinates per point.
    public let dimensions: Int

    /// The index of the point the next call of ``next(into:)`` returns.
    public private(set) var index = 0

    /// Creates the sequence at point 0.
    ///
    /// - Parameter dimensions: 1…40.
    /// - Precondition: `dimensions` is in 1…``maxDimensions``.
    public init(dimensions: Int) {
        precondition((1...Self.maxDimensions).contains(dimensions),
                     "a Sobol sequence has 1...\(Self.maxDimensions) dimensions, got \(dimensions)")
        GSLRuntime.prepare()
        guard let generator = gsl_qrng_alloc(custody_gsl_qrng_sobol(), UInt32(dimensions)) else {
            fatalError("gsl_qrng_alloc failed: out of memory (GSL_ENOMEM)")
        }
        self.generator = OpaquePointer(generator)
        self.dimensions = dimensions
    }

    deinit {
        gsl_qrng_free(UnsafeMutablePointer(generator))
    }

    /// Writes point ``index`` into `point` (each coordinate in [0, 1)) and moves to the next.
    ///
    /// - Precondition: `point` has ``dimensions`` elements.
    /// - Complexity: O(dimensions); no allocation.
    public func next(into point: UnsafeMutableBufferPointer<Double>) {
        precondition(point.count == dimensions, "a point of \(dimensions) coordinates, got \(point.count)")
        _ = gsl_qrng_get(UnsafeMutablePointer(generator), point.baseAddress!)
        index += 1
    }

    /// Writes point ``index`` into `point` and moves to the next.
    public func next(into point: inout [Double]) {
        point.withUnsafeMutableBufferPointer { next(into: $0) }
    }

    /// Moves so that the next point returned is point `target`: forward by drawing, backward by
    /// starting over (`gsl_qrng_init`). Point `target` is the same however it is reached.
    ///
    /// - Complexity: O(distance × dimensions); no allocation.
    public func skip(to target: Int) {
        precondition(target >= 0, "point index \(target) must be ≥ 0")
        if target < index {
            gsl_qrng_init(UnsafeMutablePointer(generator))
            index = 0
        }
        guard target > index else { return }
        withUnsafeTemporaryAllocation(of: Double.self, capacity: dimensions) { scratch in
            while index < target { next(into: scratch) }
        }
    }
}

@available(*, unavailable, message: "QuasiRandomSequence holds mutable generator state; use one per task")
extension QuasiRandomSequence: Sendable {}
