@testable import JalurEngine
import JalurModel
import Testing

/// Residents whose workflow or stage does not fit the program.
struct EngineErrorTests {
    @Test func unknownStageSuggestsTheClosest() throws {
        let error = #expect(throws: EngineError.self) { try Harness().evaluate(stage: "intak") }
        #expect(error?.code == "unknown-stage")
        #expect(error?.message == "resident 'R1' is in stage 'intak', which workflow 'w' does not have")
        #expect(error?.help == "did you mean 'intake'?")
        #expect(
            error?.description
                == "r.yaml:1:1: error: resident 'R1' is in stage 'intak', which workflow 'w' does not have [unknown-stage]"
        )
    }

    @Test func unknownWorkflowListsTheKnownOnes() throws {
        var resident = Harness.resident("work")
        resident.workflow = "zzz-other"
        let error = #expect(throws: EngineError.self) { try Harness().evaluate(resident) }
        #expect(error?.code == "unknown-workflow")
        #expect(error?.help == "set 'workflow' to one of: 'w'")
    }

    @Test func noWorkflowNamedWithSeveralIsAmbiguous() throws {
        var harness = Harness()
        var second = harness.program.workflows[0]
        second.id = Make.located("v", "other.yaml", 1)
        harness.program.workflows.append(second)
        let error = #expect(throws: EngineError.self) { try harness.evaluate(stage: "work") }
        #expect(error?.code == "ambiguous-workflow")
        #expect(error?.help == "add 'workflow:' to the resident file, one of: 'w', 'v'")
    }

    @Test func workflowWithoutPlanIsNotCompiled() throws {
        let engine = Engine(program: Harness().program)
        var evaluator = engine.makeEvaluator()
        let error = #expect(throws: EngineError.self) {
            try evaluator.evaluate(Harness.resident("work"), asOf: Harness.asOf)
        }
        #expect(error?.code == "workflow-not-compiled")
        #expect(error?.help == "run 'jalur validate' and fix the errors it reports")
    }
}
