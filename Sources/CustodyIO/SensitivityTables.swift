import CustodyAnalysis
import CustodyModel

/// `sensitivity.csv` for each method (MODEL §7), one row per swept parameter named by its path.
public enum SensitivityTables {
    public static let file = "sensitivity.csv"

    /// param, low, high, metric_low, metric_high, swing; rows in the order given (by swing).
    public static func tornado(_ rows: [TornadoRow], paths: [ParameterPath], excel: Bool) -> [UInt8] {
        let columns: [CSVColumn<TornadoRow>] = [
            .text("param") { paths[$0.parameter].description },
            .number("low") { $0.low }, .number("high") { $0.high },
            .number("metric_low") { $0.metricLow }, .number("metric_high") { $0.metricHigh },
            .number("swing") { $0.swing },
        ]
        return table(columns, rows: rows, excel: excel)
    }

    /// param, mu, mu_star, sigma; rows in the `[[sweep]]` order.
    public static func morris(_ rows: [MorrisIndices], paths: [ParameterPath], excel: Bool) -> [UInt8] {
        let columns: [CSVColumn<(ParameterPath, MorrisIndices)>] = [
            .text("param") { $0.0.description },
            .number("mu") { $0.1.mu }, .number("mu_star") { $0.1.muStar }, .number("sigma") { $0.1.sigma },
        ]
        return table(columns, rows: Array(zip(paths, rows)), excel: excel)
    }

    /// param, s1, s1_conf, st, st_conf; rows in the `[[sweep]]` order.
    public static func sobol(_ rows: [SobolIndices], paths: [ParameterPath], excel: Bool) -> [UInt8] {
        let columns: [CSVColumn<(ParameterPath, SobolIndices)>] = [
            .text("param") { $0.0.description },
            .number("s1") { $0.1.s1 }, .number("s1_conf") { $0.1.s1Confidence },
            .number("st") { $0.1.st }, .number("st_conf") { $0.1.stConfidence },
        ]
        return table(columns, rows: Array(zip(paths, rows)), excel: excel)
    }

    private static func table<Row>(_ columns: [CSVColumn<Row>], rows: [Row], excel: Bool) -> [UInt8] {
        var w = CSVWriter(excel: excel)
        w.table(columns, rows: rows)
        return w.bytes
    }
}
