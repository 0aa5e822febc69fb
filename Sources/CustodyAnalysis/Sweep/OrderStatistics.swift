/// Order statistics of a sweep's metric without sorting all of it: the summary needs a few
/// ranks (the ends and the two neighbours of each quantile), and a selection that narrows in
/// on them touches each value a few times instead of log₂ n times.
enum OrderStatistics {
    /// Rearranges `values` in place so that, for every rank k in `ranks`, `values[k]` is the
    /// value a sort would put there (the k-th smallest, from 0).
    ///
    /// Quickselect for several ranks at once: a partition around the median of three values,
    /// then only the parts that hold a rank. The partition moves each value below the pivot to
    /// the front with a swap and a conditional step, without a branch to mispredict; when no
    /// value is below it, a second pass gathers the values equal to it, which are then settled,
    /// so that ties cannot stall it. Ranges of 16 or fewer values, and ranges still unsettled
    /// after 2 log₂ n partitions, are sorted.
    ///
    /// - Precondition: no NaN; `ranks` within `values`' indices.
    /// - Complexity: O(n log(ranks)) expected.
    static func select(_ values: UnsafeMutableBufferPointer<Double>, ranks: [Int]) {
        guard values.count > 1 else { return }
        let targets = Array(Set(ranks)).sorted()
        precondition(targets.allSatisfy { values.indices.contains($0) }, "ranks outside the values")
        let depth = 2 * (Int.bitWidth - values.count.leadingZeroBitCount)
        narrow(values, values.startIndex, values.endIndex, targets[...], depth: depth)
    }

    private static func narrow(_ a: UnsafeMutableBufferPointer<Double>, _ lo: Int, _ hi: Int, _ ranks: ArraySlice<Int>,
                               depth: Int) {
        guard !ranks.isEmpty else { return }
        if hi - lo <= 16 || depth == 0 {
            var range = UnsafeMutableBufferPointer(rebasing: a[lo..<hi])
            range.sort()
            return
        }
        let pivot = medianOfThree(a[lo], a[lo + (hi - lo) / 2], a[hi - 1])
        // [lo, below) < pivot ≤ [below, hi); the pivot is one of the values, so below < hi.
        let below = gather(a, lo, hi) { $0 < pivot }
        if below > lo {
            narrow(a, lo, below, ranks.prefix { $0 < below }, depth: depth - 1)
            narrow(a, below, hi, ranks.drop { $0 < below }, depth: depth - 1)
        } else {
            // The pivot is the smallest value: [lo, equal) == pivot is settled.
            let equal = gather(a, lo, hi) { $0 == pivot }
            narrow(a, equal, hi, ranks.drop { $0 < equal }, depth: depth - 1)
        }
    }

    /// Moves the values of [lo, hi) that pass `test` to its front, in one pass without
    /// branching on the test; returns the end of them.
    @inline(__always)
    private static func gather(_ a: UnsafeMutableBufferPointer<Double>, _ lo: Int, _ hi: Int,
                               _ test: (Double) -> Bool) -> Int {
        var end = lo
        for i in lo..<hi {
            let x = a[i]
            a[i] = a[end]
            a[end] = x
            end += test(x) ? 1 : 0
        }
        return end
    }

    @inline(__always)
    private static func medianOfThree(_ x: Double, _ y: Double, _ z: Double) -> Double {
        Swift.max(Swift.min(x, y), Swift.min(Swift.max(x, y), z))
    }
}
