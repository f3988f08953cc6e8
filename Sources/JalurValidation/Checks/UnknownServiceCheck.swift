import JalurDiagnostics
import JalurModel

/// Every service a rule names in `refer`, `aftercare` or `requires` is declared in a `kind: services` document.
struct UnknownServiceCheck: ProgramCheck {
    static let code = "unknown-service"
    var codes: [String] { [Self.code] }

    func diagnose(_ program: Program) -> [Diagnostic] {
        let known = Set(program.services.map(\.id.value))
        let suggestion = Suggestion(among: known, kind: "service", declare: "a 'kind: services' document")
        return program.rules.flatMap { rule in
            rule.serviceReferences.filter { !known.contains($0.service.value) }.map { key, service in
                Diagnostic(
                    code: Self.code,
                    severity: .error,
                    message: "rule '\(rule.id.value)' names service '\(service.value)' in '\(key)', "
                        + "which no services document declares",
                    location: service.location,
                    help: suggestion.help(for: service.value)
                )
            }
        }
    }
}
