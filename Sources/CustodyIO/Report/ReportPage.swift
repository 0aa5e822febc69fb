import Foundation

/// `report.html`: one self-contained page with a chart for each kind of CSV file found in an
/// output folder (MODEL §7, `report`).
///
/// The page is XHTML-valid HTML5: inline SVG without a namespace attribute, inline CSS, no
/// script, and no reference to the network (no `http:` or `https:` anywhere), so that it opens
/// from a USB stick. Every piece of text that comes from the files is escaped. Fonts come from
/// the reader's machine through a stack of common CJK fonts, so that Chinese names render on
/// Windows, macOS and Linux.
public struct ReportPage {
    /// The page's file name.
    public static let fileName = "report.html"

    /// The CSV files the report draws, in page order, with the columns each needs.
    static let kinds: [(file: String, columns: [String])] = [
        ("rollout.csv", ReportFigures.rolloutColumns),
        ("monthly.csv", ReportFigures.monthlyColumns),
        ("summary.csv", ReportFigures.summaryColumns),
        ("streets.csv", ReportFigures.streetsColumns),
        ("breakeven.csv", ReportFigures.breakevenColumns),
        ("subsidy.csv", ReportFigures.subsidyColumns),
        ("compare.csv", ReportFigures.compareColumns),
        ("allocation.csv", ReportFigures.allocationColumns),
        ("share.csv", ReportFigures.shareColumns),
        ("samples.csv", ReportFigures.samplesColumns),
        ("sweep-summary.csv", ReportFigures.sweepSummaryColumns),
        ("sensitivity.csv", ["param"]),
    ]

    /// The page, UTF-8.
    public let html: [UInt8]
    /// The charts' element ids, in page order.
    public let chartIDs: [String]
    /// Files found but not drawn, and why (for standard error).
    public let notes: [String]

    /// Reads the CSV files of `folder` and builds the page.
    ///
    /// - Throws: ``ReportError`` when the folder cannot be read or holds none of the files.
    public init(folder: String) throws(ReportError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            throw ReportError(description: "\(folder): error: no such folder; give the output folder of a command, e.g. custody report out/xunyang-2023")
        }
        guard isFolder.boolValue else {
            throw ReportError(description: """
                \(folder): error: is a file, not a folder; report reads the CSV files in a command's output \
                folder: custody run \(folder) --out out/x && custody report out/x
                """)
        }
        guard access(folder, R_OK | X_OK) == 0 else {
            throw ReportError(description: "\(folder): error: cannot read the folder: \(String(cString: strerror(errno)))")
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw ReportError(description: "\(folder): error: cannot read the folder: \(error.localizedDescription)")
        }
        var tables: [String: ReportTable] = [:]
        var notes: [String] = []
        for kind in Self.kinds where names.contains(kind.file) {
            let path = (folder as NSString).appendingPathComponent(kind.file)
            guard let data = FileManager.default.contents(atPath: path) else {
                notes.append("\(path): warning: cannot read the file; no chart")
                continue
            }
            let table = ReportTable(file: kind.file, text: String(decoding: data, as: UTF8.self))
            let missing = table.missing(kind.columns)
            if !missing.isEmpty {
                notes.append("\(path): warning: no column \(missing.joined(separator: ", ")); no chart")
            } else if kind.file == "sensitivity.csv", [ReportFigures.tornadoColumns, ReportFigures.morrisColumns,
                                                       ReportFigures.sobolColumns].allSatisfy({ !table.missing($0).isEmpty }) {
                notes.append("\(path): warning: the columns are those of no sensitivity method (tornado, morris, sobol); no chart")
            } else {
                tables[kind.file] = table
            }
        }
        guard !tables.isEmpty else {
            throw ReportError(description: """
                \(folder): error: no CSV file to chart; the report reads \(Self.kinds.map(\.file).joined(separator: ", ")). \
                Write some first, e.g. `custody run --out \(folder)`.
                """)
        }
        let manifest = Self.manifest(in: folder)
        var figures: [ReportFigure] = []
        for kind in Self.kinds {
            guard let t = tables[kind.file] else { continue }
            switch kind.file {
            case "rollout.csv": figures += ReportFigures.rollout(t)
            case "monthly.csv": figures += ReportFigures.monthly(t, summary: tables["summary.csv"])
            case "summary.csv": figures += ReportFigures.summary(t)
            case "streets.csv": figures += ReportFigures.streets(t)
            case "breakeven.csv": figures += ReportFigures.breakeven(t)
            case "subsidy.csv": figures += ReportFigures.subsidy(t)
            case "compare.csv": figures += ReportFigures.compare(t)
            case "allocation.csv": figures += ReportFigures.allocation(t)
            case "share.csv": figures += ReportFigures.share(t)
            case "samples.csv": figures += ReportFigures.samples(t)
            case "sweep-summary.csv": figures += ReportFigures.sweepSummary(t)
            default: figures += ReportFigures.sensitivity(t, metric: Self.sensitivityMetric(manifest))
            }
        }
        html = Array(Self.page(figures, folder: folder, manifest: manifest).utf8)
        chartIDs = figures.map(\.id)
        self.notes = notes
    }

    /// manifest.json of the folder, if any and readable.
    private static func manifest(in folder: String) -> [String: Any] {
        let path = (folder as NSString).appendingPathComponent("manifest.json")
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }

    /// The `--metric` of the sensitivity run that the manifest records, else `npv` (its default).
    private static func sensitivityMetric(_ manifest: [String: Any]) -> String {
        guard let command = manifest["command"] as? [String], command.dropFirst().first == "sensitivity",
              let i = command.firstIndex(of: "--metric"), i + 1 < command.count else { return "npv" }
        return command[i + 1]
    }

    private static func page(_ figures: [ReportFigure], folder: String, manifest: [String: Any]) -> String {
        let e = HTML.escape
        let scenario = (manifest["scenario"] as? String).map { " of \(e($0))" } ?? ""
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>custody report\(scenario)</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
            <h1>custody report\(scenario)</h1>
            <p>\(figures.count) charts from the CSV files in <code>\(e(folder))</code>. Under each chart, a sentence reads it \
            and “Numbers behind the chart” opens the figures it is drawn from. Money is in CNY (yuan).</p>
            <nav><ol>
            """
        for f in figures { out += "<li><a href=\"#\(f.id)\">\(e(f.title))</a></li>" }
        out += "</ol></nav>\n</header>\n<main>\n"
        for f in figures {
            out += """
                <section class="figure" id="\(f.id)" data-source="\(e(f.sources.joined(separator: " ")))">
                <h2>\(e(f.title))</h2>
                <p class="source">from \(f.sources.map { "<code>\(e($0))</code>" }.joined(separator: " and "))</p>
                <div class="chart">\(f.svg)</div>
                <p class="reading">\(e(f.reading))</p>
                <details><summary>Numbers behind the chart (\(f.tableRows.count) rows)</summary>
                <div class="table-wrap"><table><thead><tr>\(f.tableHeader.map { "<th>\(e($0))</th>" }.joined())</tr></thead><tbody>
                """
            for row in f.tableRows { out += "<tr>" + row.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n" }
            out += "</tbody></table></div></details>\n</section>\n"
        }
        let time = (manifest["time"] as? String).map { ", last written \(e($0))" } ?? ""
        out += """
            </main>
            <footer><p>Made by custody \(Manifest.toolkitVersion) from <code>\(e(folder))</code>\(time). \
            The page is self-contained: no script, and no font or image from the network.</p></footer>
            </body>
            </html>

            """
        return out
    }

    /// The page's CSS: CJK fonts first, so that Chinese names render wherever one is installed.
    private static let style = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", \
        "WenQuanYi Micro Hei", sans-serif; color: #222; background: #fff; margin: 0 auto; max-width: 940px; \
        padding: 1em 1.5em; line-height: 1.45; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; }
        h2 { font-size: 1.2em; margin: 0 0 0.1em; }
        nav ol { columns: 2; font-size: 0.9em; }
        a { color: #0060a0; }
        code { font-size: 0.92em; background: #f3f3f3; padding: 0 0.25em; }
        .figure { border-top: 1px solid #ccc; padding: 1em 0 1.2em; }
        .source { color: #666; font-size: 0.85em; margin: 0 0 0.4em; }
        .chart svg { max-width: 100%; height: auto; font-family: inherit; }
        .reading { font-size: 1.02em; margin: 0.4em 0; }
        details summary { cursor: pointer; color: #0060a0; }
        .table-wrap { max-height: 28em; overflow: auto; margin-top: 0.4em; }
        table { border-collapse: collapse; font-size: 0.85em; }
        th, td { border: 1px solid #ddd; padding: 0.15em 0.5em; text-align: right; white-space: nowrap; }
        th { background: #f3f3f3; position: sticky; top: 0; }
        td:first-child, th:first-child { text-align: left; }
        footer { color: #666; font-size: 0.85em; border-top: 1px solid #ccc; margin-top: 1em; }
        @media print { details { display: none; } .figure { break-inside: avoid; } }
        """
}
