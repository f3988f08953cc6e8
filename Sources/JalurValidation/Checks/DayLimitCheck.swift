import JalurDiagnostics
import JalurModel

/// A stage's constant `min_days` is not larger than its constant `max_days`.
///
/// When either is an expression the values depend on the resident, so nothing is checked.
struct DayLimitCheck: ProgramCheck {
    static let code = "min-days-exceeds-max-days"
    var codes: [String] { [Self.code] }

    func diagnose(_ program: Program) -> [Diagnostic] {
        program.workflows.flatMap { workflow in
            workflow.stages.compactMap { stage -> Diagnostic? in
                guard case .constant(let minimum) = stage.minDays, case .constant(let maximum) = stage.maxDays,
                    minimum.value > maximum.value
                else { return nil }
                return Diagnostic(
                    code: Self.code,
                    severity: .error,
                    message: "stage '\(stage.id.value)' has 'min_days' \(minimum.value) greater than 'max_days' "
                        + "\(maximum.value), so it is overdue before a resident may leave it",
                    location: minimum.location,
                    help: "lower 'min_days' or raise 'max_days' (line \(maximum.location.line))"
                )
            }
        }
    }
}
