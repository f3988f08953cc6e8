import Foundation
import JalurDiagnostics
@testable import JalurEngine
import JalurLoader
import JalurModel
import JalurTestSupport
import Testing

/// Cohort invariants on the shipped program and baseline scenario, checked day by day.
struct SimulationCohortTests {
    let engine: Engine
    let scenario: ScenarioDefinition

    init() throws {
        let paths = ["Workflows", "Rules"].map { Repository.root.appendingPathComponent($0).path }
        let (program, diagnostics) = ProgramLoader().load(paths: paths)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description))")
        let shape = try #require(program.scenarios.first { $0.id.value == "medan-plus-baseline" })
        var reader = try #require(SimulationInputReader(program: program, workflow: "medan-plus"))
        let definition = reader.readScenario(shape, workflow: "medan-plus")
        #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics.map(\.description))")
        engine = Engine(program: program)
        scenario = try #require(definition)
    }

    @Test func everyResidentIsInExactlyOneStageEachDay() throws {
        var run = CohortRun(engine: engine, scenario: scenario, seed: 3, days: 90)
        let report = try run.simulate()
        var present = 0
        for day in 0..<report.days {
            present += report.dailyAdmissions[day] - report.dailyDischarges[day]
            #expect(report.occupancy[day].reduce(0, +) == present, "day \(day)")
            #expect(report.occupancy[day].allSatisfy { $0 >= 0 })
        }
        #expect(present == report.presentAtEnd)
        #expect(report.admissions == report.dischargeCount + report.presentAtEnd)
        #expect(report.lengthsOfStay.count == report.dischargeCount)
        #expect(report.evaluations >= report.undeterminedEvaluations)
    }

    @Test func splittingResidentsBetweenWorkersChangesNothing() throws {
        var serial = CohortRun(engine: engine, scenario: scenario, seed: 11, days: 60, parallelThreshold: .max)
        var parallel = CohortRun(engine: engine, scenario: scenario, seed: 11, days: 60, parallelThreshold: 1)
        let renderer = CohortRenderer(language: "en")
        let one = renderer.json(try serial.simulate())
        let two = renderer.json(try parallel.simulate())
        #expect(one == two)
    }

    @Test func capacityFlagsMatchTheCounts() throws {
        var run = CohortRun(engine: engine, scenario: scenario, seed: 5, days: 120)
        let report = try run.simulate()
        #expect(!report.services.isEmpty)
        for load in report.services {
            let expected =
                load.capacity.map { capacity in load.weekly.indices.filter { load.weekly[$0] > capacity } } ?? []
            #expect(load.overCapacityWeeks == expected, "\(load.service)")
            #expect(load.weekly.count == report.weekCount)
        }
    }
}
