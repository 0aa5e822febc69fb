import CustodyAnalysis
import CustodyModel

/// The tables of `sweep` and `merge` (MODEL §7): samples.csv and sweep-summary.csv.
public enum SweepTables {
    public static let samplesFile = "samples.csv"
    public static let summaryFile = "sweep-summary.csv"

    /// samples.csv's header: sample, each swept path, then the metrics.
    public static func samplesHeader(_ paths: [ParameterPath]) -> [String] {
        ["sample"] + paths.map(\.description) + SweepMetric.allCases.map(\.rawValue)
    }

    /// The header line's bytes (CRLF-terminated).
    public static func samplesHeaderBytes(_ paths: [ParameterPath]) -> [UInt8] {
        var w = CSVWriter()
        w.row(samplesHeader(paths))
        return w.bytes
    }

    /// A chunk's rows of samples.csv; an undefined metric is an empty cell.
    ///
    /// - Complexity: O(rows × columns); about 150 bytes a row.
    public static func sampleRows(_ chunk: SweepChunk) -> [UInt8] {
        var w = CSVWriter(reservingCapacity: chunk.count * (24 * (chunk.variables + 6)))
        let metrics = SweepMetric.allCases
        for r in 0..<chunk.count {
            let o = chunk.outcomes[r]
            w.numberRow(chunk.first + r, count: chunk.variables + metrics.count) { k in
                k < chunk.variables ? chunk.value(r, k) : o[metrics[k - chunk.variables]]
            }
        }
        return w.bytes
    }

    /// sweep-summary.csv: metric, mean, sd, min, p05, p25, p50, p75, p95, max, prob_negative.
    public static func summary(_ rows: [SweepSummaryRow]) -> [UInt8] {
        let columns: [CSVColumn<SweepSummaryRow>] = [
            .text("metric") { $0.metric.rawValue },
            .number("mean") { $0.mean }, .number("sd") { $0.sd }, .number("min") { $0.min },
            .number("p05") { $0.p05 }, .number("p25") { $0.p25 }, .number("p50") { $0.p50 },
            .number("p75") { $0.p75 }, .number("p95") { $0.p95 }, .number("max") { $0.max },
            .number("prob_negative") { $0.probNegative },
        ]
        var w = CSVWriter()
        w.table(columns, rows: rows)
        return w.bytes
    }
}
