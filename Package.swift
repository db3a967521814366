// swift-tools-version:6.2
//
// Miyamoto SDK: a library-first Swift package for autonomous crypto trading and
// social automation, with small command-line bots composed from it.
//
// Module rules (docs/ARCHITECTURE.md): Indicators depends on nothing; TradingCore
// on Indicators never; Exchanges and Social on TradingCore; strategies on
// TradingCore and Indicators only (never a venue client); tools wire them up.

import PackageDescription

/// Every target of ours: Swift 6 mode, strict concurrency, warnings are errors.
/// (Warning control applies to this package only, never to its dependencies.)
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "Miyamoto",
    // Int128 (exact decimals) needs the Swift 6 runtime on Apple platforms.
    platforms: [.macOS(.v15)],
    products: [
        // Open (MIT) products.
        .library(name: "TradingCore", targets: ["TradingCore"]),
        .library(name: "TradingCoreTesting", targets: ["TradingCoreTesting"]),
        .library(name: "Indicators", targets: ["Indicators"]),
        .library(name: "Exchanges", targets: ["Exchanges"]),
        .library(name: "Social", targets: ["Social"]),
        .library(name: "SMACross", targets: ["SMACross"]),
        // Bots and tools.
        .executable(name: "miyamoto-backtest", targets: ["miyamoto-backtest"]),
        .executable(name: "miyamoto-ta", targets: ["miyamoto-ta"]),
    ],
    dependencies: [
        // The logging API every server-side Swift library speaks; our handler writes the
        // `[time] [LEVEL] [COMPONENT] message` lines.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The embedded journal: SQLite in WAL mode with versioned migrations. GRDB over the
        // system libsqlite3 gives synchronous, prepared-statement writes from the engine's
        // single thread (no event-loop hop per record) and concurrent readers for tools.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: Open libraries

        .target(
            name: "Indicators",
            path: "Sources/Indicators",
            swiftSettings: strict
        ),
        .target(
            name: "TradingCore",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Sources/TradingCore",
            swiftSettings: strict
        ),
        .target(
            name: "TradingCoreTesting",
            dependencies: ["TradingCore"],
            path: "Sources/TradingCoreTesting",
            swiftSettings: strict
        ),
        .systemLibrary(
            name: "CSecp256k1",
            path: "Sources/CSecp256k1",
            pkgConfig: "libsecp256k1",
            providers: [.apt(["libsecp256k1-dev"])]
        ),
        .target(
            name: "Exchanges",
            dependencies: ["TradingCore", "CSecp256k1"],
            path: "Sources/Exchanges",
            swiftSettings: strict
        ),
        .target(
            name: "Social",
            dependencies: ["TradingCore"],
            path: "Sources/Social",
            swiftSettings: strict
        ),

        // MARK: Strategies (one target each; see Sources/Strategies/README.md for licences)

        .target(
            name: "SMACross",
            dependencies: ["TradingCore", "Indicators"],
            path: "Sources/Strategies/SMACross",
            exclude: ["LICENSE"],
            swiftSettings: strict
        ),

        // MARK: Tools (argument parsing and wiring only)

        .executableTarget(
            name: "miyamoto-backtest",
            dependencies: [
                "TradingCore",
                "SMACross",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Tools/miyamoto-backtest",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "miyamoto-ta",
            dependencies: [
                "Indicators",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Tools/miyamoto-ta",
            swiftSettings: strict
        ),

        // MARK: Benchmarks (release builds; docs/PERFORMANCE.md)

        .executableTarget(
            name: "miyamoto-bench",
            dependencies: ["TradingCore", "SMACross"],
            path: "Benchmarks/miyamoto-bench",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "indicators-bench",
            dependencies: ["Indicators"],
            path: "Benchmarks/indicators-bench",
            swiftSettings: strict
        ),

        // MARK: Examples (built with the package so they never rot)

        .executableTarget(
            name: "example-custom-strategy",
            dependencies: ["TradingCore", "Indicators"],
            path: "Examples/CustomStrategy",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "example-read-journal",
            dependencies: ["TradingCore"],
            path: "Examples/ReadJournal",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "example-multi-timeframe",
            dependencies: ["TradingCore", "Indicators"],
            path: "Examples/MultiTimeframe",
            swiftSettings: strict
        ),

        // MARK: Tests

        .testTarget(
            name: "TradingCoreTests",
            dependencies: ["TradingCore", "TradingCoreTesting"],
            path: "Tests/TradingCoreTests",
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "IndicatorsTests",
            dependencies: ["Indicators"],
            path: "Tests/IndicatorsTests",
            // Read from the source tree (#filePath), so 14 MB of TA-Lib outputs are not copied.
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ExchangesTests",
            dependencies: ["Exchanges"],
            path: "Tests/ExchangesTests",
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SocialTests",
            dependencies: ["Social"],
            path: "Tests/SocialTests",
            swiftSettings: strict
        ),
        .testTarget(
            name: "StrategiesTests",
            dependencies: ["SMACross", "TradingCoreTesting"],
            path: "Tests/StrategiesTests",
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ToolsTests",
            // Depending on the executable makes `swift test` build it; the tests run it as a
            // child process (CLI errors, kill -9 of a running backtest).
            dependencies: ["miyamoto-backtest", "miyamoto-ta", "TradingCore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/ToolsTests",
            swiftSettings: strict
        ),
    ]
)
