import JalurDiagnostics
import JalurModel

/// Every service is named by some rule's `refer`, `aftercare` or `requires`.
///
/// Services of type `internal` are the program's own activities (group sessions, in-house counselling),
/// which staff record in referral histories without a rule suggesting them, so they are not reported.
struct UnusedServiceCheck: ProgramCheck {
    static let code = "unused-service"

    func diagnose(_ program: Program) -> [Diagnostic] {
        let used = Set(program.rules.flatMap { $0.serviceReferences.map(\.service.value) })
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
