// swift-tools-version:6.0
import Foundation
import PackageDescription

/// The toolkit's own code is compiled for the x86-64-v3 instruction set (Haswell and later: AVX2,
/// FMA, BMI2) when the building machine has it, which makes sweeps about a tenth faster. The
/// result is identical either way: no floating-point contraction is enabled. Set
/// CUSTODY_PORTABLE=1 to build for any x86-64, for a binary or container image that will run on
/// older machines than the one that builds it.
let processorSettings: [SwiftSetting] = {
    #if arch(x86_64) && os(Linux)
    guard ProcessInfo.processInfo.environment["CUSTODY_PORTABLE"] == nil,
          let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
          let flagLine = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
    else { return [] }
    let flags = Set(flagLine.split(separator: " ").map(String.init))
    let haswell: Set = ["avx", "avx2", "fma", "bmi1", "bmi2", "f16c", "abm", "movbe", "popcnt", "cx16", "xsave", "pclmulqdq"]
    return haswell.isSubset(of: flags) ? [.unsafeFlags(["-target-cpu", "haswell"])] : []
    #else
    return []
    #endif
}()

let package = Package(
    name: "custody",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "custody", targets: ["custody"]),
        .library(name: "CustodyModel", targets: ["CustodyModel"]),
        .library(name: "CustodyIO", targets: ["CustodyIO"]),
        .library(name: "TOML", targets: ["TOML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        .target(name: "GSL", dependencies: ["CGSL"]),
        .target(name: "TOML"),
        .target(name: "CustodyModel", dependencies: ["GSL"]),
        .target(name: "CustodyAnalysis", dependencies: ["GSL", "CustodyModel"]),
        .target(
            name: "CustodyIO",
            dependencies: [
                "CustodyModel",
                "CustodyAnalysis",
                "TOML",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [
                .embedInCode("Bundled/xunyang-2023.toml"),
                .embedInCode("Bundled/xunyang-ledger.csv"),
            ]
        ),
        .executableTarget(
            name: "custody",
            dependencies: [
                "CustodyModel", "CustodyAnalysis", "CustodyIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "custody-bench",
            dependencies: ["CustodyModel", "CustodyAnalysis", "CustodyIO", "TOML"]
        ),
        .testTarget(name: "GSLTests", dependencies: ["GSL"]),
        .testTarget(name: "TOMLTests", dependencies: ["TOML"]),
        .testTarget(name: "CustodyModelTests", dependencies: ["CustodyModel"]),
        .testTarget(name: "CustodyAnalysisTests", dependencies: ["CustodyAnalysis"]),
        // The fuzz regressions are read from the source folder by path, not bundled.
        .testTarget(name: "CustodyIOTests", dependencies: ["CustodyIO"], exclude: ["FuzzRegressions"]),
        .testTarget(name: "custodyTests", dependencies: ["custody", "CustodyIO", "CustodyModel"]),
    ]
)

/// Release builds link the Swift runtime and Foundation into the executables: `custody` then
/// starts about 10 ms sooner (a sweep of one sample takes 19 ms instead of 29 ms), as the
/// dynamic loader no longer binds a dozen shared libraries, and it runs on a machine or in a
/// container image without Swift installed. Code that imports Foundation is compiled for the
/// static libraries too; test targets are not, as Swift Testing has no static library. LLD,
/// which comes with Swift, links the 98 MB binaries in seconds and, unlike the system linker,
/// does not warn about a `mktemp` call inside the static Foundation.
let staticRuntime = BuildSettingCondition.when(configuration: .release)

// Every target of the toolkit's own, tests included, gets the processor settings above.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + processorSettings
    guard target.type != .test else { continue }
    target.swiftSettings! += [.unsafeFlags(["-static-stdlib"], staticRuntime)]
    if target.type == .executable {
        target.linkerSettings = [.unsafeFlags(["-static-stdlib", "-use-ld=lld"], staticRuntime)]
    }
}
