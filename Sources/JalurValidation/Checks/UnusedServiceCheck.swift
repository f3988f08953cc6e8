import JalurDiagnostics
import JalurModel

/// Every service is named by some rule's `refer`, `aftercare` or `requires`.
///
/// A service that a misspelt reference was probably meant for (the "did you mean" of `unknown-service`)
/// counts as used. Services of type `internal` are the program's own activities (group sessions, in-house counselling),
/// which staff record in referral histories without a rule suggesting them, so they are not reported.
struct UnusedServiceCheck: ProgramCheck {
    static let code = "unused-service"
    var codes: [String] { [Self.code] }

    func diagnose(_ program: Program) -> [Diagnostic] {
        let declared = Set(program.services.map(\.id.value))
        var used = Set(program.rules.flatMap { $0.serviceReferences.map(\.service.value) })
        // A misspelt reference ('clinc') is `unknown-service`, which suggests the service meant ('clinic'):
        // count that one as used rather than report it too.
        let suggestion = SuggestionIndex(declared)
        for name in used.subtracting(declared) {
            if let meant = suggestion.closest(to: name) { used.insert(meant) }
        }
        return program.services.filter { $0.type != "internal" && !used.contains($0.id.value) }.map { service in
            Diagnostic(
                code: Self.code,
                severity: .warning,
                message: "service '\(service.id.value)' is never named by a rule's 'refer', 'aftercare' or 'requires'",
                location: service.id.location,
                help: "add a rule that refers to it, remove it, or give it 'type: internal' if staff record it by hand"
            )
        }
    }
}
