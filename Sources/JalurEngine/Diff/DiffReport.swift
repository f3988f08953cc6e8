public import JalurDiagnostics
public import JalurModel

/// How one resident's suggestions change.
public struct ResidentChanges: Sendable {
    /// The resident id.
    public var resident: String
    /// Where the resident was read.
    public var source: SourceLocation
    /// The changes, in a fixed order; empty when nothing changes.
    public var changes: [SuggestionChange]

    /// Creates an entry.
    public init(resident: String, source: SourceLocation, changes: [SuggestionChange]) {
        self.resident = resident
        self.source = source
        self.changes = changes
    }
}

/// What changes for a set of residents between two programs, as of one date (`jalur diff`).
public struct DiffReport: Sendable {
    /// The evaluation date.
    public var asOf: Day
    /// Every resident compared, in input order, changed or not.
    public var residents: [ResidentChanges]

    /// Creates a report.
    public init(asOf: Day, residents: [ResidentChanges]) {
        self.asOf = asOf
        self.residents = residents
    }

    /// Residents with at least one change, in input order.
    public var changed: [ResidentChanges] { residents.filter { !$0.changes.isEmpty } }

    /// Per group (rule, criterion, branch, move), the residents and their changes it is responsible for,
    /// groups sorted (rules first, by id), residents in input order.
    public var byGroup: [(group: DiffGroup, entries: [(resident: String, change: SuggestionChange)])] {
        var groups: [DiffGroup: [(resident: String, change: SuggestionChange)]] = [:]
        for resident in residents {
            for change in resident.changes {
                for group in change.responsible { groups[group, default: []].append((resident.resident, change)) }
            }
        }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }

    /// How many changes of each kind, in kind order, leaving out kinds that do not occur.
    public var counts: [(kind: SuggestionChange.Kind, count: Int)] {
        let all = residents.flatMap(\.changes)
        return SuggestionChange.Kind.allCases.compactMap { kind in
            let count = all.count { $0.kind == kind }
            return count == 0 ? nil : (kind, count)
        }
    }

    /// `3 of 11 residents change: 2 referrals added, 1 moves changed`.
    public var summaryLine: String {
        let residentsWord = residents.count == 1 ? "resident" : "residents"
        let head = "\(changed.count) of \(residents.count) \(residentsWord) change"
        guard !changed.isEmpty else { return head }
        return head + ": " + counts.map { $0.kind.phrase($0.count) }.joined(separator: ", ")
    }
}

/// Evaluates residents under two engines and compares the results.
public struct ProgramDiff {
    private var before: Evaluator
    private var after: Evaluator

    /// Prepares evaluators for the program before and after the change.
    public init(before: Engine, after: Engine) {
        self.before = before.makeEvaluator()
        self.after = after.makeEvaluator()
    }

    /// The changes for one resident, read under each program (facts schemas may differ between versions).
    ///
    /// - Throws: ``EngineError`` when the resident does not fit one of the programs.
    public mutating func compare(
        before old: Resident,
        after new: Resident,
        asOf: Day
    ) throws(EngineError) -> ResidentChanges {
        let was = try before.evaluate(old, asOf: asOf)
        let now = try after.evaluate(new, asOf: asOf)
        return ResidentChanges(
            resident: new.id,
            source: new.source,
            changes: EvaluationDiff.changes(before: was, after: now)
        )
    }
}
