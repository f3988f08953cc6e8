import JalurModel

extension Decision {
    /// A merged suggestion with its sort key: urgency rank, then the index of the rule giving its role.
    typealias Ranked = (key: (Int, Int), suggestion: Suggestion)

    /// Suggestions from the firing refer and aftercare rules, unsorted.
    ///
    /// Rules are grouped per kind and service, held back by history (SPEC §2.6 item 4), merged (item 5)
    /// and checked against `requires` (item 6).
    mutating func suggestions() -> (referrals: [Ranked], aftercare: [Ranked]) {
        var groups: [(kind: RuleInfo.Kind, service: String, rules: [Int])] = []
        for (position, scoped) in input.stage.scope.enumerated() where states[position].fired {
            let info = input.rules[scoped.rule]
            guard info.kind != .alert else { continue }
            if let group = groups.firstIndex(where: { $0.kind == info.kind && $0.service == info.service }) {
                groups[group].rules.append(scoped.rule)
            } else {
                groups.append((info.kind, info.service, [scoped.rule]))
            }
        }
        var referrals: [Ranked] = []
        var aftercare: [Ranked] = []
        for group in groups {
            let rules = group.rules.sorted()
            let repeatAfterDays = rules.compactMap { input.rules[$0].rule.repeatAfterDays }.min()
            if let reason = history.holdBack(group.service, repeatAfterDays: repeatAfterDays, asOf: input.asOf) {
                if input.includeTrace { for rule in rules { ruleNotes[rule] = reason.note } }
                continue
            }
            let merged = merge(service: group.service, rules: rules)
            if group.kind == .refer { referrals.append(merged) } else { aftercare.append(merged) }
        }
        return (referrals, aftercare)
    }

    /// Merges the firing rules for one service: the highest urgency; role from the first rule in file
    /// order with that urgency; every reason; `requires` united; `holds_stage` if any.
    func merge(service: String, rules: [Int]) -> Ranked {
        let infos = rules.map { input.rules[$0] }
        let urgency = infos.map(\.rule.urgency).min() ?? .routine
        let leader = rules.first { input.rules[$0].rule.urgency == urgency } ?? rules[0]
        let requires = infos.count == 1 ? infos[0].requires : Array(Set(infos.flatMap(\.requires))).sorted()
        let blockedBy = requires.filter { history.latest($0)?.status != .completed }
        let suggestion = Suggestion(
            service: service,
            rules: infos.map(\.id),
            role: input.rules[leader].rule.role,
            urgency: urgency,
            because: infos.map(\.reason),
            evidence: probe.evidence(of: rules.map { .rule($0) }),
            blockedBy: blockedBy,
            holdsStage: infos.contains { $0.rule.holdsStage },
            requires: requires
        )
        return ((urgency.rank, leader), suggestion)
    }
}
