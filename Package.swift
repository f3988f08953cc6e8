// swift-tools-version: 6.1
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Jalur",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jalur", targets: ["jalur"]),
        .library(name: "JalurExpression", targets: ["JalurExpression"]),
        .library(name: "JalurModel", targets: ["JalurModel"]),
        .library(name: "JalurLoader", targets: ["JalurLoader"]),
        .library(name: "JalurEngine", targets: ["JalurEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
    ],
    targets: [
        .target(name: "JalurDiagnostics", swiftSettings: upcoming),
        .target(name: "JalurJSON", dependencies: ["JalurDiagnostics"], swiftSettings: upcoming),
        .target(name: "JalurExpression", dependencies: ["JalurDiagnostics"], swiftSettings: upcoming),
        .target(name: "JalurModel", dependencies: ["JalurDiagnostics", "JalurExpression"], swiftSettings: upcoming),
        .target(
            name: "JalurLoader",
            dependencies: [
                "JalurModel", "JalurDiagnostics", "JalurExpression", "JalurJSON",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: upcoming
        ),
        .target(name: "JalurValidation", dependencies: ["JalurModel", "JalurDiagnostics"], swiftSettings: upcoming),
        .target(
            name: "JalurEngine",
            dependencies: ["JalurModel", "JalurExpression", "JalurDiagnostics"],
            swiftSettings: upcoming
        ),
        .target(
            name: "JalurCLI",
            dependencies: [
                "JalurDiagnostics", "JalurExpression", "JalurModel", "JalurLoader", "JalurValidation", "JalurEngine",
                "JalurJSON",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(name: "jalur", dependencies: ["JalurCLI"], swiftSettings: upcoming),
        .target(name: "JalurTestSupport", path: "Tests/JalurTestSupport", swiftSettings: upcoming),
        .testTarget(
            name: "JalurExpressionTests",
            dependencies: ["JalurExpression", "JalurTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "JalurLoaderTests",
            dependencies: ["JalurLoader", "JalurValidation", "JalurModel", "JalurTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "JalurValidationTests",
            dependencies: ["JalurValidation", "JalurModel", "JalurTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "JalurEngineTests",
            dependencies: ["JalurEngine", "JalurLoader", "JalurModel", "JalurTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "JalurCLITests",
            dependencies: ["JalurCLI", "JalurModel", "JalurTestSupport"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "JalurEndToEndTests",
            dependencies: ["jalur", "JalurTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
    ]
)
