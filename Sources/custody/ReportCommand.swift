import ArgumentParser
import CustodyIO
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "One self-contained HTML page with a chart for each CSV file of an output folder.",
        discussion: """
            Reads the CSV files that custody's commands write into DIR (rollout, monthly, \
            summary, streets, breakeven, subsidy, compare, allocation, share, samples, \
            sweep-summary, sensitivity) and writes report.html: a chart per file kind, each with \
            a title, axis labels with units, a sentence that reads it and the numbers behind it \
            in a collapsible table. Inline SVG and CSS, no script, nothing from the network: the \
            page opens from a USB stick. Files missing from DIR are simply left out.

            Examples:
              custody run --out out/x && custody rollout scenarios/xunyang-2023.toml --out out/x
              custody report out/x                       # writes out/x/report.html
              custody report out/x --out ~/Desktop/xunyang.html
              custody run --report                       # run and report in one go
            """
    )

    @Argument(help: "Folder holding custody's CSV files.")
    var folder: String

    @Option(help: "The page to write (default: DIR/report.html).")
    var out: String?

    func run() throws {
        try Self.write(folder: folder, to: out)
    }

    /// Builds the report of `folder` and writes it to `path` (default `folder/report.html`).
    ///
    /// - Throws: `ExitCode(2)` when the folder holds nothing to chart, 1 when a file cannot
    ///   be read or written.
    static func write(folder: String, to path: String?) throws {
        let page: ReportPage
        do { page = try ReportPage(folder: folder) } catch {
            Diagnostics.print(error.description)
            throw FileManager.default.fileExists(atPath: folder) ? ExitCode(2) : ExitCode.failure
        }
        for note in page.notes { Diagnostics.print(note) }
        let target = path ?? (folder as NSString).appendingPathComponent(ReportPage.fileName)
        let directory = (target as NSString).deletingLastPathComponent
        do {
            try OutputDirectory(path: directory.isEmpty ? "." : directory)
                .write([((target as NSString).lastPathComponent, page.html)])
        } catch let error as OutputError {
            Diagnostics.print(error.description)
            throw ExitCode.failure
        }
        Diagnostics.print("Wrote \(target) (\(page.chartIDs.count) charts)")
    }
}
