// swift-tools-version: 6.1
import PackageDescription

// Benchmarks of the condition language and the engine, kept out of the main package so that its build and
// tests do not depend on the benchmark harness. Run from this folder:
//     swift package benchmark
let package = Package(
    name: "JalurBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(name: "Jalur", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "ExpressionBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "JalurExpression", package: "Jalur"),
            ],
            path: "Benchmarks/ExpressionBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "JalurEngine", package: "Jalur"),
                .product(name: "JalurLoader", package: "Jalur"),
                .product(name: "JalurModel", package: "Jalur"),
            ],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
