import CustodyAnalysis
import Foundation

/// Joins the folders of a sharded sweep into one (MODEL §7, `merge`): the rows in sample order,
/// the summary recomputed from every row.
///
/// The shards must come from one sweep: the same scenario and ledger (by SHA-256), seed,
/// method, sample count and columns. Their sample ranges (from each manifest) must tile
/// 0 ..< samples without gap or overlap. Rows are streamed from each shard's samples.csv to the
/// merged one; only the metric columns are kept in memory, one number per sample each.
public enum SweepMerge {
    /// One shard folder: its manifest and samples.csv header.
    struct Shard {
        let folder: String
        let manifest: Manifest
        let range: Range<Int>
        let header: String
    }

    /// Merges `folders` into `out`.
    ///
    /// - Parameter opened: called with the temporary samples file's path once it exists, so
    ///   that an interrupt handler can remove it.
    /// - Returns: the merged manifest's sample count.
    /// - Throws: ``MergeError`` for shards that do not belong together, are missing or overlap;
    ///   ``OutputError`` when a file cannot be written.
    @discardableResult
    public static func merge(_ folders: [String], into out: String, command: [String],
                             opened: (String) -> Void = { _ in }) throws -> Int {
        let shards = try folders.map(readShard).sorted { $0.range.lowerBound < $1.range.lowerBound }
        let first = shards[0]
        for shard in shards.dropFirst() { try checkCompatible(shard, with: first) }
        let total = first.manifest.samples!
        try checkTiling(shards, total: total)

        let file = try StreamedFile(folder: out, name: SweepTables.samplesFile)
        opened(file.temporaryPath)
        try file.write(Array((first.header + "\r\n").utf8))
        var accumulator = SweepAccumulator(reservingCapacity: total)
        let metrics = SweepMetric.allCases.count
        for shard in shards {
            var expected = shard.range.lowerBound
            let path = (shard.folder as NSString).appendingPathComponent(SweepTables.samplesFile)
            try forEachRow(path, skippingHeader: true) { line in
                let cells = line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
                guard cells.count >= metrics + 1, let sample = Int(String(decoding: cells[0], as: UTF8.self)),
                      sample == expected else {
                    throw MergeError(message: "\(path): row \(expected - shard.range.lowerBound + 2) should be sample \(expected) (the manifest's sample_range is \(shard.range.lowerBound)..<\(shard.range.upperBound)); the file is damaged or was edited")
                }
                let values = cells.suffix(metrics).map { Double(String(decoding: $0, as: UTF8.self)) ?? .nan }
                accumulator.append(SweepOutcome(npv: values[0], cumulativeCash: values[1], minCumulativeCash: values[2],
                                                selfSufficiency: values[3], subsidy: values[4]))
                expected += 1
            } chunk: { bytes in
                try file.write(bytes)
            }
            guard expected == shard.range.upperBound else {
                throw MergeError(message: "\(path): holds samples \(shard.range.lowerBound)..<\(expected), but its manifest says \(shard.range.lowerBound)..<\(shard.range.upperBound); the shard did not finish or was cut short")
            }
        }
        var manifest = first.manifest
        manifest.command = command
        manifest.shard = nil
        manifest.sampleRange = [0, total]
        manifest.time = ISO8601DateFormatter().string(from: Date())
        try OutputDirectory(path: out).write([(SweepTables.summaryFile, SweepTables.summary(accumulator.summarise())),
                                              ("manifest.json", manifest.encoded())])
        try file.commit()
        return total
    }

    private static func readShard(_ folder: String) throws -> Shard {
        let manifestPath = (folder as NSString).appendingPathComponent("manifest.json")
        guard let data = FileManager.default.contents(atPath: manifestPath) else {
            throw MergeError(message: "\(manifestPath): cannot read it; is \(folder) the --out folder of a `custody sweep`?")
        }
        guard let manifest = try? JSONDecoder().decode(Manifest.self, from: data), manifest.method != nil,
              let samples = manifest.samples, let range = manifest.sampleRange, range.count == 2,
              0 <= range[0], range[0] <= range[1], range[1] <= samples else {
            throw MergeError(message: "\(manifestPath): not the manifest of a `custody sweep` (it needs method, samples and sample_range)")
        }
        let samplesPath = (folder as NSString).appendingPathComponent(SweepTables.samplesFile)
        var header: String?
        try forEachRow(samplesPath, skippingHeader: false, limit: 1) { header = String(decoding: $0, as: UTF8.self) } chunk: { _ in }
        guard let header else { throw MergeError(message: "\(samplesPath): empty; the shard did not finish") }
        return Shard(folder: folder, manifest: manifest, range: range[0]..<range[1], header: header)
    }

    private static func checkCompatible(_ shard: Shard, with first: Shard) throws {
        let a = first.manifest, b = shard.manifest
        func differ(_ what: String, _ x: String, _ y: String) -> MergeError {
            MergeError(message: "\(shard.folder) and \(first.folder) are not shards of one sweep: \(what) differ (\(y) against \(x)); merge only the folders of one `custody sweep` run with --shard")
        }
        if a.scenarioSHA256 != b.scenarioSHA256 { throw differ("their scenario files (SHA-256)", a.scenarioSHA256, b.scenarioSHA256) }
        if a.ledgerSHA256 != b.ledgerSHA256 { throw differ("their ledgers (SHA-256)", a.ledgerSHA256 ?? "none", b.ledgerSHA256 ?? "none") }
        if a.seed != b.seed { throw differ("their seeds", a.seed.map(String.init) ?? "none", b.seed.map(String.init) ?? "none") }
        if a.method != b.method { throw differ("their methods", a.method ?? "none", b.method ?? "none") }
        if a.samples != b.samples { throw differ("their sample counts", a.samples.map(String.init) ?? "none", b.samples.map(String.init) ?? "none") }
        if first.header != shard.header { throw differ("their samples.csv columns", first.header, shard.header) }
    }

    /// Shards sorted by their first sample must cover 0 ..< total exactly once.
    private static func checkTiling(_ shards: [Shard], total: Int) throws {
        var covered = 0
        var problems: [String] = []
        var previous: Shard?
        for shard in shards {
            if shard.range.lowerBound > covered {
                problems.append("samples \(covered)..<\(shard.range.lowerBound) are missing (no shard holds them)")
            } else if shard.range.lowerBound < covered, let previous {
                problems.append("\(previous.folder) (samples \(previous.range.lowerBound)..<\(previous.range.upperBound), shard \(previous.manifest.shard ?? "?")) and \(shard.folder) (samples \(shard.range.lowerBound)..<\(shard.range.upperBound), shard \(shard.manifest.shard ?? "?")) overlap in samples \(shard.range.lowerBound)..<\(Swift.min(covered, shard.range.upperBound))")
            }
            if shard.range.upperBound > covered {
                covered = shard.range.upperBound
                previous = shard
            }
        }
        if covered < total { problems.append("samples \(covered)..<\(total) are missing (no shard holds them)") }
        guard problems.isEmpty else {
            throw MergeError(message: problems.joined(separator: "; ") + "; merge exactly one folder per shard K/N, K = 0 … N − 1")
        }
    }

    /// Calls `row` with each line of `path` (without its CRLF) and `chunk` with the raw bytes of
    /// every block read (after the header when skipped), in 1 MiB blocks.
    private static func forEachRow(_ path: String, skippingHeader: Bool, limit: Int = .max,
                                   row: (ArraySlice<UInt8>) throws -> Void, chunk: ([UInt8]) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MergeError(message: "\(path): cannot read it; did the shard finish?")
        }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var skip = skippingHeader, rows = 0
        while rows < limit {
            let block = handle.readData(ofLength: 1 << 20)
            if block.isEmpty { break }
            pending += block
            var start = pending.startIndex, emitFrom = start
            while rows < limit, let newline = pending[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start && pending[end - 1] == 0x0D { end -= 1 }
                if skip {
                    skip = false
                    emitFrom = newline + 1
                } else {
                    try row(pending[start..<end])
                    rows += 1
                }
                start = newline + 1
            }
            try chunk(Array(pending[emitFrom..<start]))
            pending = Array(pending[start...])
        }
    }
}

/// Shards that cannot be merged, with what differs and how to fix it.
public struct MergeError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { "error: \(message)" }
}
