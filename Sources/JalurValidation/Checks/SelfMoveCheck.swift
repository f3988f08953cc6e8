import JalurDiagnostics
import JalurModel

/// A branch or `next` that moves a resident to the stage they are already in.
///
/// Such a move restarts the stage's day count and never makes progress, which is almost always a typo.
struct SelfMoveCheck: ProgramCheck {
    static let selfBranch = "self-branch"
    static let selfNext = "self-next"
    var codes: [String] { [Self.selfBranch, Self.selfNext] }

    func diagnose(_ program: Program) -> [Diagnostic] {
        program.workflows.flatMap { workflow in workflow.stages.flatMap(diagnose) }
    }

    private func diagnose(_ stage: Stage) -> [Diagnostic] {
        let id = stage.id.value
        var diagnostics = stage.branches.filter { $0.to.value == id }.map { branch in
            Diagnostic(
                code: Self.selfBranch,
                severity: .warning,
                message: "branch '\(branch.id.value)' of stage '\(id)' moves to its own stage",
                location: branch.to.location,
                help: "point 'to' at another stage, or remove the branch"
            )
        }
        if let next = stage.next, next.value == id {
            diagnostics.append(
                Diagnostic(
                    code: Self.selfNext,
                    severity: .warning,
                    message: "'next' of stage '\(id)' is the stage itself, so its forward move goes nowhere",
                    location: next.location,
                    help: "name the stage that follows '\(id)'"
                )
            )
        }
        return diagnostics
    }
}
