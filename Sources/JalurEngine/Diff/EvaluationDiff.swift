import JalurModel

/// Compares two evaluations of one resident (before and after a program change).
enum EvaluationDiff {
    /// Every change, in a fixed order: referrals, aftercare, move, alerts, undetermined.
    static func changes(before: Evaluation, after: Evaluation) -> [SuggestionChange] {
        var changes = suggestions(
            before.referrals,
            after.referrals,
            kinds: (.referralAdded, .referralRemoved, .urgencyChanged)
        )
        changes += suggestions(
            before.aftercare,
            after.aftercare,
            kinds: (.aftercareAdded, .aftercareRemoved, .aftercareUrgencyChanged)
        )
        if before.move?.to != after.move?.to {
            let groups = Set([before.move, after.move].compactMap { $0 }.map(moveGroup)).sorted()
            changes.append(
                .init(
                    kind: .moveChanged,
                    subject: "stage",
                    before: before.move?.to,
                    after: after.move?.to,
                    responsible: groups
                )
            )
        }
        changes += alerts(before.alerts, after.alerts)
        changes += undetermined(before.undetermined, after.undetermined)
        return changes
    }

    private static func suggestions(
        _ before: [Suggestion],
        _ after: [Suggestion],
        kinds: (added: SuggestionChange.Kind, removed: SuggestionChange.Kind, urgency: SuggestionChange.Kind)
    ) -> [SuggestionChange] {
        var changes: [SuggestionChange] = []
        let old = Dictionary(before.map { ($0.service, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.map { ($0.service, $0) }, uniquingKeysWith: { first, _ in first })
        for service in Set(old.keys).union(new.keys).sorted() {
            switch (old[service], new[service]) {
            case (nil, let added?):
                changes.append(
                    .init(
                        kind: kinds.added,
                        subject: service,
                        after: added.urgency.rawValue,
                        responsible: rules(added.rules)
                    )
                )
            case (let removed?, nil):
                changes.append(
                    .init(
                        kind: kinds.removed,
                        subject: service,
                        before: removed.urgency.rawValue,
                        responsible: rules(removed.rules)
                    )
                )
            case (let was?, let now?) where was.urgency != now.urgency:
                changes.append(
                    .init(
                        kind: kinds.urgency,
                        subject: service,
                        before: was.urgency.rawValue,
                        after: now.urgency.rawValue,
                        responsible: rules(was.rules + now.rules)
                    )
                )
            default:
                break
            }
        }
        return changes
    }

    private static func alerts(_ before: [Alert], _ after: [Alert]) -> [SuggestionChange] {
        let old = Dictionary(before.map { ($0.rule, $0.level.rawValue) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.map { ($0.rule, $0.level.rawValue) }, uniquingKeysWith: { first, _ in first })
        var changes: [SuggestionChange] = []
        for rule in Set(old.keys).union(new.keys).sorted() where old[rule] != new[rule] {
            let responsible = [DiffGroup(kind: .rule, id: rule)]
            if let level = new[rule], old[rule] == nil {
                changes.append(.init(kind: .alertAdded, subject: rule, after: level, responsible: responsible))
            } else if let level = old[rule], new[rule] == nil {
                changes.append(.init(kind: .alertRemoved, subject: rule, before: level, responsible: responsible))
            } else {
                changes.append(.init(kind: .alertRemoved, subject: rule, before: old[rule], responsible: responsible))
                changes.append(.init(kind: .alertAdded, subject: rule, after: new[rule], responsible: responsible))
            }
        }
        return changes
    }

    private static func undetermined(_ before: [Undetermined], _ after: [Undetermined]) -> [SuggestionChange] {
        func key(_ entry: Undetermined) -> String { "\(entry.subject.rawValue) \(entry.id)" }
        let old = Dictionary(before.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [SuggestionChange] = []
        for name in Set(old.keys).union(new.keys).sorted() {
            switch (old[name], new[name]) {
            case (nil, let entry?):
                let detail = entry.missing.isEmpty ? entry.error : "missing \(entry.missing.joined(separator: ", "))"
                changes.append(
                    .init(kind: .newlyUndetermined, subject: name, after: detail, responsible: [group(entry)])
                )
            case (let entry?, nil):
                changes.append(.init(kind: .noLongerUndetermined, subject: name, responsible: [group(entry)]))
            default:
                break
            }
        }
        return changes
    }

    private static func rules(_ ids: [String]) -> [DiffGroup] {
        Set(ids).sorted().map { DiffGroup(kind: .rule, id: $0) }
    }

    private static func group(_ entry: Undetermined) -> DiffGroup {
        switch entry.subject {
        case .rule: DiffGroup(kind: .rule, id: entry.id)
        case .criterion: DiffGroup(kind: .criterion, id: entry.id)
        case .branch: DiffGroup(kind: .branch, id: entry.id)
        }
    }

    private static func moveGroup(_ move: Move) -> DiffGroup {
        move.via == .branch ? DiffGroup(kind: .branch, id: move.branch ?? move.to) : DiffGroup(kind: .move, id: "next")
    }
}
