import JalurExpression
import JalurModel

/// The outcome of one in-scope rule for the current resident.
struct RuleState {
    /// `nil` when the rule was suppressed and not evaluated.
    var outcome: ConditionOutcome?
    /// True, in scope and not suppressed.
    var fired: Bool
    /// The index of the firing rule that suppresses it.
    var suppressedBy: Int?
}

/// What one decision needs besides the probe.
struct DecisionInput {
    let workflow: WorkflowInfo
    let stage: StageInfo
    let rules: [RuleInfo]
    /// Services that some `holds_stage` refer or aftercare rule refers to, sorted.
    let holdServices: [String]
    let resident: Resident
    let asOf: Day
    let days: StayDays
    let includeTrace: Bool
}

/// SPEC §2.6 items 3–10 for one resident: asks `probe` for condition outcomes and assembles the
/// ``Evaluation``.
struct Decision<Probe: ConditionProbe> {
    /// Sorts `undetermined`: built-ins first, then file-order rank, then the order found.
    struct OrderKey: Comparable {
        let group: Int
        let rank: Int
        let sequence: Int

        static func < (lhs: OrderKey, rhs: OrderKey) -> Bool {
            (lhs.group, lhs.rank, lhs.sequence) < (rhs.group, rhs.rank, rhs.sequence)
        }
    }

    let input: DecisionInput
    let probe: Probe
    let history: ReferralHistory
    /// Per position in the stage's scope; a buffer the evaluator reuses.
    var states: [RuleState]
    var undetermined: [(key: OrderKey, entry: Undetermined)] = []
    /// Alerts with their sort key: level rank, built-in first, rule index.
    var alerts: [(key: (Int, Int, Int), alert: Alert)] = []
    var ruleNotes: [Int: String] = [:]
    var trace: [TraceEntry] = []

    init(input: DecisionInput, probe: Probe, states: [RuleState]) {
        self.input = input
        self.probe = probe
        self.history = ReferralHistory(records: input.resident.referrals)
        self.states = states
    }

    /// Runs every step and returns the evaluation.
    mutating func run() -> Evaluation {
        evaluateRules()
        var (referrals, aftercare) = suggestions()
        let onHold =
            referrals.contains(where: \.suggestion.holdsStage) || aftercare.contains(where: \.suggestion.holdsStage)
            || input.holdServices.contains { history.isOpen($0) }
        let stage = decideStage(onHold: onHold)
        referrals.sort { ($0.key.0, $0.key.1) < ($1.key.0, $1.key.1) }
        aftercare.sort { ($0.key.0, $0.key.1) < ($1.key.0, $1.key.1) }
        if input.includeTrace { traceRules() }
        return Evaluation(
            resident: input.resident.id,
            workflow: input.workflow.id,
            asOf: input.asOf,
            stage: stage.status,
            move: stage.move,
            blockers: stage.blockers,
            onHold: onHold,
            referrals: referrals.map(\.suggestion),
            aftercare: aftercare.map(\.suggestion),
            alerts: alerts.sorted { $0.key < $1.key }.map(\.alert),
            undetermined: undetermined.sorted { $0.key < $1.key }.map(\.entry),
            trace: trace,
            notes: input.days.notes
        )
    }

    /// Records an undetermined condition with its missing facts, or its error when none is absent.
    mutating func noteUndetermined(
        _ subject: Undetermined.Subject,
        id: String,
        condition: ConditionRef,
        error: EvalError,
        group: Int = 1,
        rank: Int
    ) {
        let details = details(of: condition, error: error)
        let key = OrderKey(group: group, rank: rank, sequence: undetermined.count)
        undetermined.append(
            (key, Undetermined(subject: subject, id: id, missing: details.missing, error: details.error))
        )
    }

    /// The missing facts of an undetermined condition: its absent fact paths (a static set); when none is
    /// absent, the fact the error names; when it names none, the error message instead.
    func details(of condition: ConditionRef, error: EvalError) -> (missing: [String], error: String?) {
        let absent = probe.absentFacts(of: condition)
        if !absent.isEmpty { return (absent, nil) }
        if let fact = error.missingFact { return ([fact], nil) }
        return ([], error.message)
    }
}
