import JalurDiagnostics
import JalurModel

/// Every workflow's `facts` names a `kind: facts` document of the program.
struct UnknownFactsSchemaCheck: ProgramCheck {
    static let code = "unknown-facts-schema"
    var codes: [String] { [Self.code] }

    func diagnose(_ program: Program) -> [Diagnostic] {
        let known = Set(program.facts.map(\.id.value))
        let suggestion = Suggestion(among: known, kind: "facts schema", declare: "a 'kind: facts' document")
        return program.workflows.compactMap { workflow in
            let name = workflow.facts.value
            guard !known.contains(name) else { return nil }
            return Diagnostic(
                code: Self.code,
                severity: .error,
                message:
                    "workflow '\(workflow.id.value)' uses facts schema '\(name)', which the program does not define",
                location: workflow.facts.location,
                help: suggestion.help(for: name)
            )
        }
    }
}
