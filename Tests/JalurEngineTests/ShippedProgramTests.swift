import Foundation
import JalurDiagnostics
@testable import JalurEngine
import JalurExpression
import JalurLoader
import JalurModel
import JalurTestSupport
import Testing

/// The engine over the repository's own programs: the shipped pathway and the 60-rule perf program.
struct ShippedProgramTests {
    static let programs = [["Workflows", "Rules"], ["Tests/JalurLoaderTests/Fixtures/perf-program"]]

    private func load(_ folders: [String]) throws -> Program {
        let paths = folders.map { Repository.root.appendingPathComponent($0).path }
        let (program, diagnostics) = ProgramLoader().load(paths: paths)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(3).map(\.description))")
        try #require(!program.workflows.isEmpty)
        return program
    }

    @Test(arguments: programs)
    func everyStageEvaluatesWithNothingRecorded(_ folders: [String]) throws {
        let program = try load(folders)
        let engine = Engine(program: program)
        var evaluator = engine.makeEvaluator()
        for workflow in program.workflows {
            let plan = try #require(program.plans[workflow.id.value])
            for stage in workflow.stages {
                let resident = Resident(
                    id: "R-empty",
                    workflow: workflow.id.value,
                    stage: stage.id.value,
                    stageEnteredOn: Harness.asOf.adding(days: -400),
                    admittedOn: Harness.asOf.adding(days: -500),
                    facts: ObjectValue(type: plan.residentType),
                    source: SourceLocation(file: "empty.yaml", line: 1, column: 1)
                )
                let evaluation = try evaluator.evaluate(resident, asOf: Harness.asOf, includeTrace: true)
                let again = try evaluator.evaluate(resident, asOf: Harness.asOf, includeTrace: true)
                #expect(evaluation == again)
                #expect(evaluation.undetermined.allSatisfy { !$0.missing.isEmpty || $0.error != nil })
                #expect(evaluation.undetermined.allSatisfy { $0.missing == $0.missing.sorted() })
                #expect(evaluation.blockers.allSatisfy { $0.missing == $0.missing.sorted() })
                let rulesTraced = evaluation.trace.filter { $0.subject == .rule }.count
                let stageInfo = try #require(
                    engine.workflows.first { $0.id == workflow.id.value }?.stage(stage.id.value)
                )
                #expect(rulesTraced == stageInfo.scope.count)
                #expect((evaluation.stage.complete != nil) == stage.isTerminal)
            }
        }
    }
}
