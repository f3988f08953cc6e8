import JalurDiagnostics
import JalurModel

/// Every rule id in a `suppressed_by` list is a rule of the program.
struct UnknownRuleCheck: ProgramCheck {
    static let code = "unknown-rule"
    var codes: [String] { [Self.code] }

    func diagnose(_ program: Program) -> [Diagnostic] {
        let known = Set(program.rules.map(\.id.value))
        let suggestion = Suggestion(among: known, kind: "rule", declare: "a 'kind: rules' document")
        return program.rules.flatMap { rule in
            rule.suppressedBy.filter { !known.contains($0.value) }.map { other in
                Diagnostic(
                    code: Self.code,
                    severity: .error,
                    message: "rule '\(rule.id.value)' is suppressed by rule '\(other.value)', which does not exist",
                    location: other.location,
                    help: suggestion.help(for: other.value)
                )
            }
        }
    }
}
