import ArgumentParser

/// `--out` and `--excel`, shared by the commands that write CSV files.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output folder (default: out/<scenario file name without .toml>).")
    var out: String?

    @Flag(help: "Write CSVs for Excel: a UTF-8 byte-order mark, and text cells starting with = + - @ made inert with a leading '.")
    var excel = false
}
