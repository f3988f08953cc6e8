import JalurModel
import Testing

@testable import JalurCLI

struct WorkflowChoiceTests {
    static let two = [SampleWorkflow.single("medan-plus"), SampleWorkflow.single("outpatient")]

    func failure(_ id: String?, _ workflows: [Workflow]) -> WorkflowChoice.Failure? {
        if case .failure(let failure) = WorkflowChoice.choose(id, from: workflows) { return failure }
        return nil
    }

    func chosen(_ id: String?, _ workflows: [Workflow]) -> String? {
        if case .success(let workflow) = WorkflowChoice.choose(id, from: workflows) { return workflow.id.value }
        return nil
    }

    @Test func picksTheOnlyWorkflowWithoutAnID() {
        #expect(chosen(nil, [SampleWorkflow.single("medan-plus")]) == "medan-plus")
    }

    @Test func picksTheNamedWorkflow() {
        #expect(chosen("outpatient", Self.two) == "outpatient")
    }

    @Test func asksForAnIDWhenThereAreSeveral() {
        let failure = failure(nil, Self.two)
        #expect(failure?.message == "the program has 2 workflows; choose one with --workflow")
        #expect(failure?.help == "the workflows are 'medan-plus', 'outpatient'")
    }

    @Test func suggestsTheClosestIDForATypo() {
        let failure = failure("medan-pluss", Self.two)
        #expect(failure?.message == "unknown workflow 'medan-pluss'")
        #expect(failure?.help == "did you mean 'medan-plus'?")
    }

    @Test func listsTheWorkflowsWhenNothingIsClose() {
        #expect(failure("residential", Self.two)?.help == "the workflows are 'medan-plus', 'outpatient'")
    }

    @Test func reportsAProgramWithoutWorkflows() {
        #expect(failure(nil, [])?.message == "the program has no workflow")
        #expect(failure("medan-plus", [])?.help == "the program has no workflow")
    }
}
