import Foundation
import Testing
@testable import CustodyIO

/// report.html: a chart per CSV kind, well-formed, escaped, and offline.
struct ReportPageTests {
    @Test func eachFileDrawsItsChartsAndNoOther() throws {
        let every = ReportFixtures.charts.values.flatMap { $0 }
        for (file, ids) in ReportFixtures.charts {
            let (page, html) = try ReportFixtures.page([file: ReportFixtures.files[file]!])
            #expect(page.chartIDs == ids, "\(file)")
            for id in every {
                #expect(html.contains("id=\"\(id)\"") == ids.contains(id), "\(file): \(id)")
            }
        }
    }

    @Test func everyFileTogetherDrawsEveryChartInPageOrder() throws {
        let (page, _) = try ReportFixtures.page(ReportFixtures.files)
        let expected = ReportPage.kinds.flatMap { ReportFixtures.charts[$0.file]! }
        #expect(page.chartIDs == expected)
        #expect(page.notes.isEmpty)
    }

    @Test func eachSensitivityMethodGetsItsOwnChart() throws {
        for (text, title) in [(ReportFixtures.tornado, "Tornado"), (ReportFixtures.morris, "Morris screening"),
                              (ReportFixtures.sobol, "Sobol indices")] {
            let (page, html) = try ReportFixtures.page(["sensitivity.csv": text])
            #expect(page.chartIDs == ["chart-sensitivity"])
            #expect(html.contains("aria-label=\"\(title)\""), "\(title)")
        }
        let (_, sobol) = try ReportFixtures.page(["sensitivity.csv": ReportFixtures.sobol])
        #expect(sobol.contains("95 % bootstrap interval"))
    }

    @Test func thePageAndEverySVGAreWellFormedXML() throws {
        let (_, html) = try ReportFixtures.page(ReportFixtures.files)
        let whole = XMLCollector.parse(html)
        #expect(whole.error == nil, "\(String(describing: whole.error))")
        #expect(whole.elements.filter { $0 == "svg" }.count == 14)
        #expect(whole.elements.filter { $0 == "details" }.count == 14)
        var rest = html[...]
        var count = 0
        while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            let svg = XMLCollector.parse(String(rest[start.lowerBound..<end.upperBound]))
            #expect(svg.error == nil)
            #expect(svg.elements.first == "svg" && svg.elements.contains("text"))
            count += 1
            rest = rest[end.upperBound...]
        }
        #expect(count == 14)
    }

    @Test func textFromTheFilesIsTextNeverMarkup() throws {
        let (_, html) = try ReportFixtures.page(ReportFixtures.files)
        let parsed = XMLCollector.parse(html)
        #expect(parsed.error == nil)
        #expect(!parsed.elements.contains("script") && !parsed.elements.contains("img"))
        #expect(!html.contains("<script") && !html.contains("<img"))
        for name in ReportFixtures.hostile {
            #expect(parsed.text.contains(name), "\(name)")
        }
        #expect(!parsed.attributes.contains { $0.contains("onerror") && !$0.contains("<img") })
    }

    @Test func thePageReferencesNothingOnTheNetwork() throws {
        let (_, html) = try ReportFixtures.page(ReportFixtures.files)
        #expect(!html.lowercased().contains("http:") && !html.lowercased().contains("https:"))
        #expect(!html.contains("<script") && !html.contains("@import") && !html.contains("url("))
        #expect(html.contains("\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\""))
    }

    @Test func everyChartHasATitleAxisLabelsAReadingAndItsNumbers() throws {
        let (_, html) = try ReportFixtures.page(ReportFixtures.files)
        let sections = html.components(separatedBy: "<section class=\"figure\"").dropFirst()
        #expect(sections.count == 14)
        for section in sections {
            #expect(section.contains("<h2>") && section.contains("<p class=\"reading\">"))
            #expect(section.contains("<details><summary>Numbers behind the chart") && section.contains("<td>"))
            #expect(section.contains("(CNY") || section.contains("(count)") || section.contains("%)") || section.contains("(%") || section.contains("(share"), "\(section.prefix(200))")
        }
    }

    @Test func aFolderWithoutCSVFilesIsAnErrorThatSaysWhatToDo() throws {
        let url = try ReportFixtures.folder([:])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try ReportPage(folder: url.path) } throws: { error in
            "\(error)".contains("no CSV file to chart") && "\(error)".contains("custody run --out")
        }
        #expect { try ReportPage(folder: url.path + "/nothing-here") } throws: { "\($0)".contains("nothing-here: error: no such folder") }
        let file = url.appendingPathComponent("s.toml")
        try Data("[scenario]\n".utf8).write(to: file)
        #expect { try ReportPage(folder: file.path) } throws: { error in
            "\(error)".contains("s.toml: error: is a file, not a folder") && "\(error)".contains("custody report out/x")
        }
    }

    @Test func aFileWithoutItsColumnsIsNotedAndSkipped() throws {
        let (page, _) = try ReportFixtures.page(["summary.csv": "area_id,street\r\na,湓浦", "rollout.csv": ReportFixtures.files["rollout.csv"]!])
        #expect(page.chartIDs == ["chart-rollout-coverage", "chart-rollout-subsidy"])
        #expect(page.notes.count == 1 && page.notes[0].contains("summary.csv: warning: no column self_sufficiency"))
    }

    @Test func ticksAreRoundAndCoverTheData() {
        let scale = ChartScale(covering: [0.3, 8.7], includeZero: true, pixels: 0, 100)
        #expect(scale.lo == 0 && scale.hi == 10 && scale.step == 2)
        #expect(scale.ticks == [0, 2, 4, 6, 8, 10])
        let money = ChartScale(covering: [-1_900_000, 7_400_000], includeZero: false, pixels: 0, 100)
        #expect(money.label(-2_000_000) == "−2 M" && money.label(0) == "0")
        #expect(ChartScale(covering: [0, 1], includeZero: true, pixels: 0, 100).label(0.4, percent: true) == "40 %")
    }
}
