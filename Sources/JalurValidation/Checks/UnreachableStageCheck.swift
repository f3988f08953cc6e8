import JalurDiagnostics
import JalurModel

/// Every stage can be reached from its workflow's `start` through `next` and branches.
struct UnreachableStageCheck: ProgramCheck {
    static let code = "unreachable-stage"
    var codes: [String] { [Self.code] }

    func diagnose(_ program: Program) -> [Diagnostic] {
        program.workflows.flatMap { workflow -> [Diagnostic] in
            let graph = StageGraph(workflow)
            guard graph.isComplete, let reachable = graph.reachability(from: workflow.start.value) else { return [] }
            return graph.stages.indices.filter { !reachable[$0] && graph.isCanonical($0) }.map { position in
                let stage = graph.stages[position]
                return Diagnostic(
                    code: Self.code,
                    severity: .warning,
                    message: "stage '\(stage.id.value)' cannot be reached from start stage '\(workflow.start.value)'",
                    location: stage.id.location,
                    help: "name '\(stage.id.value)' in another stage's 'next' or a branch 'to', or delete it"
                )
            }
        }
    }
}
