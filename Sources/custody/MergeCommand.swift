import ArgumentParser
import CustodyIO
import Foundation

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the output folders of a sharded sweep into one, in sample order, with the summary recomputed.",
        discussion: """
            Each DIR is the --out folder of one `custody sweep --shard K/N`. The shards must \
            share the scenario and ledger (by the SHA-256 in manifest.json), the seed, the \
            method and the sample count, and together hold every sample exactly once; \
            otherwise merge names what differs, or which samples are missing or overlap, and \
            exits with status 2, writing nothing. The folders may be given in any order.

            Writes samples.csv (the shards' rows in sample order: byte for byte the unsharded \
            sweep's), sweep-summary.csv (recomputed from every row) and manifest.json.

            Example:
              for k in 0 1 2 3; do custody sweep study.toml --samples 100000 --shard $k/4 --out out/shard-$k; done
              custody merge out/shard-* --out out/study
            """
    )

    @Argument(help: "The shards' output folders.")
    var folders: [String]

    @Option(help: "Output folder for the merged samples.csv, sweep-summary.csv and manifest.json.")
    var out = "out/merged"

    func validate() throws {
        if folders.isEmpty { throw ValidationError("Give the output folder of at least one `custody sweep --shard K/N`.") }
    }

    func run() throws {
        do {
            defer { InterruptCleanup.disarm() }
            let total = try SweepMerge.merge(folders, into: out, command: ["custody"] + CommandLine.arguments.dropFirst(),
                                             opened: InterruptCleanup.arm)
            Diagnostics.print("Wrote samples.csv, sweep-summary.csv, manifest.json to \(out)/: \(total) samples from \(folders.count) shard\(folders.count == 1 ? "" : "s")")
        } catch let error as MergeError {
            Diagnostics.print(error.description)
            throw ExitCode(2)
        } catch let error as OutputError {
            Diagnostics.print(error.description)
            throw ExitCode.failure
        }
    }
}
