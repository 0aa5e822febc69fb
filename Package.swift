// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "custody",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "custody", targets: ["custody"]),
        .library(name: "CustodyModel", targets: ["CustodyModel"]),
        .library(name: "CustodyIO", targets: ["CustodyIO"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        .target(name: "GSL", dependencies: ["CGSL"]),
        .target(name: "CustodyModel", dependencies: ["GSL"]),
        .target(name: "CustodyAnalysis", dependencies: ["GSL", "CustodyModel"]),
        .target(
            name: "CustodyIO",
            dependencies: [
                "CustodyModel",
                "CustodyAnalysis",
                "TOMLKit",
                .product(name: "Crypto", package: "swift-crypto"),
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
            dependencies: ["CustodyModel", "CustodyAnalysis", "CustodyIO"]
        ),
        .testTarget(name: "GSLTests", dependencies: ["GSL"]),
        .testTarget(name: "CustodyModelTests", dependencies: ["CustodyModel"]),
        .testTarget(name: "CustodyAnalysisTests", dependencies: ["CustodyAnalysis"]),
        // The fuzz regressions are read from the source folder by path, not bundled.
        .testTarget(name: "CustodyIOTests", dependencies: ["CustodyIO"], exclude: ["FuzzRegressions"]),
        .testTarget(name: "custodyTests", dependencies: ["custody", "CustodyIO", "CustodyModel"]),
    ]
)
