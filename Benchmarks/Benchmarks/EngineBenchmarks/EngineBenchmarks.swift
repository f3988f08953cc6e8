import Benchmark
import Foundation
import JalurEngine
import JalurModel

// The engine on the shipped program: `jalur next` on each example resident, and `jalur simulate --scenario
// medan-plus-baseline` as shipped (about 4 admissions a week) and at the product target of about 10,000
// admissions in 365 days (192 a week, no monthly rates: 10,066 admissions with seed 2026). Loading the program
// is not measured.
let benchmarks: @Sendable () -> Void = {
    let shipped: ShippedProgram
    do {
        shipped = try ShippedProgram()
    } catch {
        // The harness only prints a benchmark's error and still exits 0: stop here so that the run fails.
        FileHandle.standardError.write(Data("EngineBenchmarks: \(error)\n".utf8))
        exit(1)
    }

    // `jalur next`: one evaluator, reused, as the CLI evaluates a list of residents.
    for (file, resident) in shipped.residents {
        Benchmark(
            "next \(file)",
            configuration: .init(
                metrics: [.wallClock, .throughput, .mallocCountTotal, .instructions],
                timeUnits: .microseconds,
                maxDuration: .seconds(3)
            )
        ) { benchmark in
            var evaluator = shipped.engine.makeEvaluator()
            for _ in benchmark.scaledIterations {
                blackHole(try evaluator.evaluate(resident, asOf: ShippedProgram.asOf))
            }
        }
    }

    // `jalur simulate --scenario`: the whole run, two worker threads, report included (rendering it is not).
    // The large one takes seconds per run: three runs, no warm-up.
    let cohorts: [(name: String, scenario: ScenarioDefinition, iterations: Int, warmup: Int)] = [
        ("cohort baseline as shipped (about 4/week), 365 days", shipped.baseline, 10, 1),
        ("cohort 192/week, 365 days (about 10,000 admissions)", shipped.baseline(perWeek: 192), 3, 0),
    ]
    for (name, scenario, iterations, warmup) in cohorts {
        Benchmark(
            name,
            configuration: .init(
                metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
                timeUnits: .milliseconds,
                warmupIterations: warmup,
                maxDuration: .seconds(60),
                maxIterations: iterations
            )
        ) { benchmark in
            let simulation = CohortSimulation(engine: shipped.engine, scenario: scenario)
            for _ in benchmark.scaledIterations {
                let report = try simulation.run(days: 365)
                guard report.admissions > 0 else { throw ShippedProgram.Failure(description: "\(name): no admissions") }
                blackHole(report)
            }
        }
    }
}
