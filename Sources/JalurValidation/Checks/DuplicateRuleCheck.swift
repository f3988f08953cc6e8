import JalurDiagnostics
import JalurModel

/// No two rules do the same thing (same service, or same alert level) in the same stages under the same
/// condition.
///
/// Conditions are compared after removing white space outside string literals, with the parts of a list
/// taken in any order. Detection hashes each rule once, so it stays linear in the number of rules.
struct DuplicateRuleCheck: ProgramCheck {
    static let code = "duplicate-rule"
    var codes: [String] { [Self.code] }

    private struct Key: Hashable {
        let action: String
        let stages: [String]?
        let condition: [String]
    }

    func diagnose(_ program: Program) -> [Diagnostic] {
        var firstRule: [Key: Rule] = [:]
        var diagnostics: [Diagnostic] = []
        for rule in program.rules {
            let key = Key(
                action: Self.actionKey(rule.action),
                stages: rule.stages.map { Set($0.map(\.value)).sorted() },
                condition: rule.when.parts.map { ConditionText.normalized($0.text) }.sorted()
            )
            guard let original = firstRule[key] else {
                firstRule[key] = rule
                continue
            }
            // Two rules with one id are the loader's `duplicate-id` error already.
            guard original.id.value != rule.id.value else { continue }
            diagnostics.append(
                Diagnostic(
                    code: Self.code,
                    severity: .warning,
                    message: "rule '\(rule.id.value)' duplicates rule '\(original.id.value)': "
                        + "same \(Self.actionDescription(rule.action)), stages and condition",
                    location: rule.id.location,
                    help: "remove one of them, or merge their 'because' texts into rule '\(original.id.value)' "
                        + "(\(original.id.location))"
                )
            )
        }
        return diagnostics
    }

    private static func actionKey(_ action: RuleAction) -> String {
        switch action {
        case .refer(let service): "refer:" + service.value
        case .aftercare(let service): "aftercare:" + service.value
        case .alert(let level): "alert:" + level.rawValue
        }
    }

    private static func actionDescription(_ action: RuleAction) -> String {
        switch action {
        case .refer(let service): "referral to '\(service.value)'"
        case .aftercare(let service): "aftercare with '\(service.value)'"
        case .alert(let level): "'\(level.rawValue)' alert"
        }
    }
}
