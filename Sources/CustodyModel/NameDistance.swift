/// Edit distance for "did you mean" hints.
public enum NameDistance {
    /// Levenshtein distance between two strings, by Unicode scalar.
    ///
    /// - Complexity: O(a × b) time, O(b) memory.
    public static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        var row = Array(0...y.count)
        for i in 1...x.count {
            var diagonal = row[0]
            row[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let above = row[j]
                row[j] = Swift.min(row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[y.count]
    }

    /// The candidate closest to `name`, if it is within a third of the name's length (at least 2
    /// edits), or if one contains the other; ties go to the earlier candidate.
    public static func nearest(to name: String, among candidates: [String]) -> String? {
        var best: (String, Int)?
        for c in candidates {
            let d = between(name, c)
            if best == nil || d < best!.1 { best = (c, d) }
        }
        guard let (c, d) = best else { return nil }
        let limit = Swift.max(2, name.unicodeScalars.count / 3)
        if d <= limit { return c }
        return candidates.first { $0.hasPrefix(name) || name.hasPrefix($0) && $0.count >= 4 }
    }
}
