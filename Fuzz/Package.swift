// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for the TOML reader and the scenario and ledger loaders, outside the main
// package so that `swift build` there never builds them. Built and run by
// `Fuzz/run.sh TARGET SECONDS`, which adds `-sanitize=fuzzer,address`. `custody` is a symbolic link to the repository root, so
// that the dependency's identity is `custody` whatever the checkout's folder is called.
let package = Package(
    name: "custody-fuzz",
    dependencies: [.package(path: "custody")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "fuzz-scenario",
            dependencies: ["FuzzDriver", .product(name: "CustodyIO", package: "custody"),
                           .product(name: "CustodyModel", package: "custody")]
        ),
        .executableTarget(
            name: "fuzz-toml",
            dependencies: ["FuzzDriver", .product(name: "TOML", package: "custody")]
        ),
        .executableTarget(
            name: "fuzz-ledger",
            dependencies: ["FuzzDriver", .product(name: "CustodyIO", package: "custody")]
        ),
    ]
)
