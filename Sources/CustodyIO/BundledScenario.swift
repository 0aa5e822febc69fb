import Foundation

/// The Xunyang 2023 scenario and its ledger, compiled into the binary so that `custody run`
/// works from any folder and `custody init` can write them out.
public enum BundledScenario {
    /// Where the scenario lives in the repository, and the name messages use for it.
    public static let path = "scenarios/xunyang-2023.toml"

    /// The scenario and ledger files, named as in `scenarios/`.
    public static var files: [(name: String, bytes: [UInt8])] {
        [("xunyang-2023.toml", PackageResources.xunyang_2023_toml),
         ("xunyang-ledger.csv", PackageResources.xunyang_ledger_csv)]
    }

    /// Loads the embedded scenario; its ledger reference resolves to the embedded ledger.
    public static func load() throws -> LoadedScenario {
        try ScenarioLoader.load(data: Data(PackageResources.xunyang_2023_toml), path: path) { ledger in
            guard (ledger as NSString).lastPathComponent == files[1].name else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: ledger])
            }
            return Data(PackageResources.xunyang_ledger_csv)
        }
    }
}
