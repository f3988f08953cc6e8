import JalurModel

/// What the engine needs of one rule, resolved once at load: its kind, service and suppressors by index.
final class RuleInfo: Sendable {
    /// Which kind of rule it is.
    enum Kind: Hashable, Sendable {
        case refer, aftercare, alert
    }

    let rule: Rule
    let kind: Kind
    /// The service referred to; empty for alerts.
    let service: String
    /// Indices of the rules named in `suppressed_by` (unknown ids are ignored: validation reports them).
    let suppressors: [Int]
    /// `requires`, sorted and unique.
    let requires: [String]
    /// The rule id.
    let id: String
    /// Whether the rule holds the stage (`holds_stage`).
    let holdsStage: Bool

    init(rule: Rule, kind: Kind, service: String, suppressors: [Int], requires: [String]) {
        self.rule = rule
        self.kind = kind
        self.service = service
        self.suppressors = suppressors
        self.requires = requires
        self.id = rule.id.value
        self.holdsStage = rule.holdsStage
    }

    /// The reason shown for the rule: `because`, else its title, else its id.
    var reason: LocalizedText { rule.because ?? rule.title ?? LocalizedText(plain: rule.id.value) }

    /// Resolves every rule of `rules`.
    static func resolve(_ rules: [Rule]) -> [RuleInfo] {
        var indicesByID: [String: [Int]] = [:]
        for (index, rule) in rules.enumerated() { indicesByID[rule.id.value, default: []].append(index) }
        return rules.map { rule in
            let (kind, service): (Kind, String) =
                switch rule.action {
                case .refer(let service): (.refer, service.value)
                case .aftercare(let service): (.aftercare, service.value)
                case .alert: (.alert, "")
                }
            let suppressors = Set(rule.suppressedBy.flatMap { indicesByID[$0.value] ?? [] }).sorted()
            return RuleInfo(
                rule: rule,
                kind: kind,
                service: service,
                suppressors: suppressors,
                requires: Array(Set(rule.requires.map(\.value))).sorted()
            )
        }
    }
}
