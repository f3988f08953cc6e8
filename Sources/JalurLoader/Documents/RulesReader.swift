import JalurDiagnostics
import JalurModel

/// Reads a `kind: rules` document (SPEC §2.4).
struct RulesReader {
    /// The three actions; a rule has exactly one.
    static let actions = ["refer", "aftercare", "alert"]

    let context: ReadContext

    /// The rules in `mapping`, in file order.
    func read(_ mapping: MappingReader, header: DocumentHeader) -> [Rule] {
        mapping.rejectUnknownKeys(allowed: DocumentHeader.commonKeys + ["rules", "description"])
        _ = mapping.value("description").map { context.text($0, for: "description") }
        guard let list = mapping.required("rules", example: "[{id: ..., when: ..., refer: ...}]"),
            let items = context.list(list, for: "rules")
        else { return [] }
        return items.compactMap { readRule($0, document: header.id.value) }
    }

    private func readRule(_ node: RawNode, document: String) -> Rule? {
        guard let rule = MappingReader(node, what: "a rule", key: "rules", context: context) else { return nil }
        rule.rejectUnknownKeys(allowed: [
            "id", "title", "when", "refer", "aftercare", "alert", "role", "urgency", "stages", "suppressed_by",
            "repeat_after_days", "requires", "holds_stage", "because", "description",
        ])
        let id = rule.required("id", example: "detox-withdrawal").flatMap { context.identifier($0, for: "id") }
        let when = rule.required("when", example: "resident.cows >= 13").flatMap { context.condition($0, for: "when") }
        let action = readAction(rule)
        // Read every other key even when these failed, so that all problems are reported at once.
        let placeholder = Located("", at: rule.node.location)
        var result = Rule(
            id: id ?? placeholder,
            when: when ?? Condition(parts: [], location: placeholder.location),
            action: action ?? .alert(.info),
            document: document
        )
        result.title = rule.value("title").flatMap { context.text($0, for: "title") }
        result.role = rule.value("role").flatMap { context.choice($0, for: "role", among: WorkflowReader.roles) }?.value
        let urgencies = Urgency.allCases.map(\.rawValue)
        result.urgency =
            rule.value("urgency").flatMap { context.choice($0, for: "urgency", among: urgencies) }
            .flatMap { Urgency(rawValue: $0.value) } ?? .routine
        result.stages = rule.value("stages").flatMap { context.identifierList($0, for: "stages") }
        result.suppressedBy =
            rule.value("suppressed_by").flatMap { context.identifierList($0, for: "suppressed_by") } ?? []
        result.repeatAfterDays =
            rule.value("repeat_after_days").flatMap { context.count($0, for: "repeat_after_days") }?.value
        result.requires = rule.value("requires").flatMap { context.identifierList($0, for: "requires") } ?? []
        result.holdsStage = rule.value("holds_stage").flatMap { context.bool($0, for: "holds_stage") } ?? false
        result.because = rule.value("because").flatMap { context.text($0, for: "because") }
        result.description = rule.value("description").flatMap { context.text($0, for: "description") }
        return id != nil && when != nil && action != nil ? result : nil
    }

    /// Exactly one of `refer`, `aftercare` or `alert`.
    private func readAction(_ rule: MappingReader) -> RuleAction? {
        let written = rule.keys.filter { Self.actions.contains($0.value) }
        guard let first = written.first else {
            context.diagnostics.error(
                "missing-action",
                "a rule needs one of 'refer', 'aftercare' or 'alert'",
                at: rule.node.location,
                help: "add 'refer: SERVICE', 'aftercare: SERVICE' or 'alert: warning'"
            )
            return nil
        }
        for extra in written.dropFirst() {
            context.diagnostics.error(
                "conflicting-actions",
                "a rule has exactly one action, but '\(extra.value)' follows '\(first.value)'",
                at: extra.location,
                help: "split it into two rules, one per action"
            )
        }
        guard written.count == 1, let node = rule.value(first.value) else {
            if written.count == 1 { _ = rule.required(first.value) }
            return nil
        }
        switch first.value {
        case "refer": return context.identifier(node, for: "refer").map { .refer($0) }
        case "aftercare": return context.identifier(node, for: "aftercare").map { .aftercare($0) }
        default:
            let levels = AlertLevel.allCases.map(\.rawValue)
            return context.choice(node, for: "alert", among: levels).flatMap { AlertLevel(rawValue: $0.value) }
                .map { .alert($0) }
        }
    }
}
