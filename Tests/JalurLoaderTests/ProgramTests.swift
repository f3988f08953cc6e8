import Foundation
import JalurDiagnostics
import JalurLoader
import JalurModel
import Testing

/// Whole programs read from folders.
struct ProgramTests {
    private func perfProgram() throws -> (program: Program, diagnostics: [Diagnostic]) {
        let folder = try LoaderFixture.fixturesDirectory().appendingPathComponent("perf-program").path
        return ProgramLoader().load(paths: [folder])
    }

    @Test func perfProgramLoadsWithoutDiagnostics() throws {
        let (program, diagnostics) = try perfProgram()
        #expect(diagnostics.map(\.description) == [])
        #expect(program.workflows.count == 1)
        #expect(program.facts.count == 1)
        #expect(program.services.count > 10)
        #expect(program.rules.count > 20)
    }

    @Test func perfProgramCompilesOnePlanPerWorkflow() throws {
        let (program, _) = try perfProgram()
        let workflow = try #require(program.workflows.first)
        let plan = try #require(program.plans[workflow.id.value])
        #expect(plan.stages.count == workflow.stages.count)
        #expect(plan.rules.count == program.rules.count)
        #expect(plan.derived.count == program.facts[0].derived.count)
        for (stage, stagePlan) in zip(workflow.stages, plan.stages) {
            #expect(stagePlan.exitCriteria.count == stage.exitCriteria.count)
            #expect(stagePlan.branches.count == stage.branches.count)
        }
    }
}
