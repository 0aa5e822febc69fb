import Foundation
@testable import CustodyIO
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Small hand-written CSV files of every kind the report reads (columns of MODEL §7).
enum ReportFixtures {
    static let hostile = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>"]

    static let files: [String: String] = [
        "rollout.csv": """
            period,street,compounds,compounds_managed,households,households_managed,coverage,subsidy,late
            2023-06,湓浦,2,1,150,100,0.5,1000,0
            2023-06,district,2,1,150,100,0.5,1000,0
            2023-07,湓浦,2,2,150,150,1,1500,0
            2023-07,district,2,2,150,150,1,1500,0
            """,
        "monthly.csv": """
            area_id,month,period,managed,households,cumulative_cash
            \(csvCell(hostile[0])),1,2023-06,1,100,-500
            \(csvCell(hostile[0])),2,2023-07,2,100,200
            b,1,2023-06,1,50,-100
            b,2,2023-07,2,50,-50
            """,
        "summary.csv": """
            area_id,name,street,mode,self_sufficiency,own_revenue,costs
            \(csvCell(hostile[0])),湓浦街道 整合片区,湓浦,merged-custody,0.8,800,1000
            b,\(csvCell(hostile[1])),\(csvCell(hostile[1])),market-selection,1.2,1200,1000
            """,
        "streets.csv": """
            street,areas,compounds,households,own_revenue,subsidy,costs,taxes,net,npv
            湓浦,2,2,150,2000,300,2000,50,250,240
            district,2,2,150,2000,300,2000,50,250,240
            """,
        "breakeven.csv": """
            scope,param,metric,value,iterations,status,metric_at_lo,metric_at_hi
            a,fee_rate,npv,0.3,5,ok,-10,10
            b,fee_rate,npv,,0,no-sign-change,5,10
            """,
        "subsidy.csv": """
            area_id,street,mode,households,metric_without_subsidy,subsidy_per_household_month,need,funded,funded_share,status
            a,湓浦,merged-custody,100,-500,2,2400,2400,1,funded
            b,湓浦,market-selection,50,100,0,0,0,,not-needed
            """,
        "compare.csv": """
            area_id,mode,feasible,reason,npv,self_sufficiency,subsidy_per_household_month,recommended
            a,market-selection,false,not-single-compound,1,1,0,false
            a,merged-custody,true,ok,1,1,0,true
            """,
        "allocation.csv": """
            area_id,street,households,score,gap,allocation,share
            \(csvCell(hostile[1])),湓浦,100,80,0,600,0.6
            b,湓浦,50,,0,400,0.4
            """,
        "share.csv": """
            compound_id,households,floor_area_m2,standalone_cost,shapley_cost,savings,fair_fee_per_m2,proportional_cost,method,std_error
            \(csvCell(hostile[0])),100,8000,5000,3000,2000,0.375,3500,exact,
            C2,50,4000,4000,2000,2000,0.5,1500,exact,
            """,
        "samples.csv": """
            sample,fee_rate,npv,cumulative_cash,min_cumulative_cash,self_sufficiency,subsidy
            0,0.4,-100,10,-20,0.9,500
            1,0.5,200,20,-10,1.0,400
            2,0.45,50,15,-15,0.95,450
            """,
        "sweep-summary.csv": """
            metric,mean,sd,min,p05,p25,p50,p75,p95,max,prob_negative
            npv,50,150,-100,-85,-25,50,125,185,200,0.333
            subsidy,450,50,400,405,425,450,475,495,500,0
            """,
        "sensitivity.csv": tornado,
    ]

    static let tornado = """
        param,low,high,metric_low,metric_high,swing
        fee_rate,0.4,0.5,-100,200,300
        \(csvCell(hostile[1])),1,2,0,50,50
        """
    static let morris = """
        param,mu,mu_star,sigma
        fee_rate,10,12,3
        collection_target,-2,5,4
        """
    static let sobol = """
        param,s1,s1_conf,st,st_conf
        fee_rate,0.6,0.05,0.7,0.06
        collection_target,0.2,0.04,0.3,0.05
        """

    /// The ids of the charts each file draws alone.
    static let charts: [String: [String]] = [
        "rollout.csv": ["chart-rollout-coverage", "chart-rollout-subsidy"],
        "monthly.csv": ["chart-monthly-cumulative"],
        "summary.csv": ["chart-summary-self-sufficiency"],
        "streets.csv": ["chart-streets-money"],
        "breakeven.csv": ["chart-breakeven"],
        "subsidy.csv": ["chart-subsidy-need"],
        "compare.csv": ["chart-compare-modes"],
        "allocation.csv": ["chart-allocation"],
        "share.csv": ["chart-share"],
        "samples.csv": ["chart-samples-npv", "chart-samples-subsidy"],
        "sweep-summary.csv": ["chart-sweep-summary"],
        "sensitivity.csv": ["chart-sensitivity"],
    ]

    static func csvCell(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// A fresh folder holding `files` (CRLF line ends, as custody writes them).
    static func folder(_ files: [String: String]) throws -> URL {
        let url = try temporaryFolder()
        for (name, text) in files {
            try Data((text.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n").utf8).write(to: url.appendingPathComponent(name))
        }
        return url
    }

    /// The page built from `files`, and its text.
    static func page(_ files: [String: String]) throws -> (ReportPage, String) {
        let url = try folder(files)
        defer { try? FileManager.default.removeItem(at: url) }
        let page = try ReportPage(folder: url.path)
        return (page, String(decoding: page.html, as: UTF8.self))
    }
}

/// Parses XML, collecting element names, attribute values and text, or the parser's error.
final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var attributes: [String] = []
    var text = ""
    var error: Error?

    static func parse(_ xml: String) -> XMLCollector {
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        if !parser.parse() { collector.error = parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return collector
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes attributeDict: [String: String] = [:]) {
        elements.append(elementName)
        attributes += attributeDict.values
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
