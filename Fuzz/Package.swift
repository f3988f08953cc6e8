// swift-tools-version: 6.1
// Fuzz targets for Jalur (libFuzzer). Not part of the normal build: build and run them with
// `Scripts/fuzz.sh TARGET SECONDS` from the repository root. The library sources are symlinks into ../Sources,
// so this package always fuzzes the code in the working tree.
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "JalurFuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2")
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
        // The entry point all fuzz targets share (a real folder, not a symlink into ../Sources).
        .target(name: "FuzzDriver", path: "Sources/FuzzDriver"),
        .executableTarget(
            name: "fuzz-expression-parse",
            dependencies: ["FuzzDriver", "JalurExpression"],
            path: "Targets/ExpressionParse"
        ),
        .executableTarget(
            name: "fuzz-expression-eval",
            dependencies: ["FuzzDriver", "JalurExpression"],
            path: "Targets/ExpressionEval"
        ),
        .executableTarget(
            name: "fuzz-program-loader",
            dependencies: ["FuzzDriver", "JalurLoader", "JalurModel", "JalurValidation"],
            path: "Targets/ProgramLoader"
        ),
        .executableTarget(
            name: "fuzz-resident-loader",
            dependencies: ["FuzzDriver", "JalurLoader", "JalurModel", "JalurJSON", "JalurEngine"],
            path: "Targets/ResidentLoader"
        ),
    ]
)
