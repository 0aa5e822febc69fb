import Crypto
import Foundation

/// `manifest.json`, written next to a command's CSVs: what produced them (MODEL §7).
public struct Manifest: Codable, Sendable {
    /// The toolkit's version, as `custody --version` prints it.
    public static let toolkitVersion = "0.1.0"

    public var command: [String]
    public var version = Manifest.toolkitVersion
    public var scenario: String
    public var scenarioSHA256: String
    public var ledger: String?
    public var ledgerSHA256: String?
    public var seed: UInt64?
    /// `sweep` and `merge`: the sampling method, the design's sample count, the shard as
    /// `K/N`, and the samples [first, end) the files hold.
    public var method: String?
    public var samples: Int?
    public var shard: String?
    public var sampleRange: [Int]?
    /// `sensitivity`: the district metric analysed.
    public var metric: String?
    /// UTC, ISO 8601.
    public var time: String
    public var files: [String]

    enum CodingKeys: String, CodingKey {
        case command, version, scenario, scenarioSHA256 = "scenario_sha256", ledger
        case ledgerSHA256 = "ledger_sha256", seed, time, files
        case method, samples, shard, sampleRange = "sample_range", metric
    }

    public init(command: [String], input: LoadedScenario, seed: UInt64? = nil, files: [String], now: Date = Date()) {
        self.command = command
        scenario = input.scenarioPath
        scenarioSHA256 = Self.sha256(input.scenarioData)
        ledger = input.ledgerPath
        ledgerSHA256 = input.ledgerData.map(Self.sha256)
        self.seed = seed
        self.files = files
        time = now.formatted(.iso8601)
    }

    /// Lower-case hex SHA-256 of `data`.
    public static func sha256(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: SHA256.hash(data: data).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }

    /// Pretty JSON with sorted keys, ending in a newline.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        return Array(try! encoder.encode(self)) + [0x0A]
    }
}
