// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Fazhi",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "fazhi", targets: ["fazhi"]),
        .library(name: "FazhiCore", targets: ["FazhiCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.0"),
        // Already in the graph through Vapor; named here so that `fazhi ledger verify` can fetch a log over HTTP.
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.21.0"),
        // Reads .docx plans in memory (a ZIP holding word/document.xml).
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "FazhiCore",
            dependencies: [
                "CFazhiSHA256",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // SHA-256 on the x86 SHA extensions for the ledger's tree hashing; swift-crypto elsewhere (see its header).
        .target(name: "CFazhiSHA256"),
        .target(
            name: "FazhiStore",
            dependencies: [
                "FazhiCore",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "FazhiWeb",
            dependencies: [
                "FazhiCore",
                "FazhiStore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            resources: [.copy("Public")]
        ),
        .executableTarget(
            name: "fazhi",
            dependencies: [
                "FazhiCore",
                "FazhiStore",
                "FazhiWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Vapor", package: "vapor"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .testTarget(
            name: "FazhiCoreTests",
            dependencies: ["FazhiCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The per-test database (a scratch SQLite file, or a PostgreSQL clone) for the store and HTTP suites.
        .target(
            name: "FazhiTestSupport",
            dependencies: [
                "FazhiStore",
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Vapor", package: "vapor"),
            ],
            path: "Tests/FazhiTestSupport"
        ),
        .testTarget(
            name: "FazhiStoreTests",
            dependencies: ["FazhiStore", "FazhiTestSupport", .product(name: "VaporTesting", package: "vapor")]
        ),
        .testTarget(
            name: "FazhiWebTests",
            dependencies: ["FazhiWeb", "FazhiTestSupport", .product(name: "VaporTesting", package: "vapor")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
