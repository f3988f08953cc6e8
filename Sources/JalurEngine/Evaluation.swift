public import JalurModel

/// What one resident needs next, as of one date: the result of ``Engine`` (SPEC §2.6, §4).
///
/// Field names follow the `jalur next --format json` output.
public struct Evaluation: Sendable, Hashable {
    /// The resident's id.
    public var resident: String
    /// The id of the workflow the resident follows.
    public var workflow: String
    /// The date evaluated on (`--as-of`).
    public var asOf: Day
    /// The current stage and how long the resident has been in it.
    public var stage: StageStatus
    /// The move the resident makes now, or `nil` to stay.
    public var move: Move?
    /// What keeps the resident from moving, `min-days` first, then criteria in file order; empty when moving.
    public var blockers: [Blocker]
    /// Whether a `holds_stage` referral keeps the resident in the stage (nothing moves).
    public var onHold: Bool
    /// Referrals to make, by urgency (immediate first), then file order of the rule giving their role.
    public var referrals: [Suggestion]
    /// Aftercare to arrange, ordered like ``referrals``.
    public var aftercare: [Suggestion]
    /// Alerts by level (critical first), built-in `overdue` first within its level, then file order.
    public var alerts: [Alert]
    /// Conditions that could not be decided, built-ins (`min-days`, `overdue`) first, then file order.
    public var undetermined: [Undetermined]
    /// Per rule, criterion and branch: what was evaluated and how it came out (for `--explain` and coverage).
    ///
    /// Empty unless the evaluation was asked for a trace (``Evaluator/evaluate(_:asOf:includeTrace:)``).
    public var trace: [TraceEntry]
    /// Remarks about the input that shaped the result, such as a missing `stage_entered_on`
    /// (lowercase sentences, in English).
    public var notes: [String]

    /// Creates an evaluation.
    public init(
        resident: String,
        workflow: String,
        asOf: Day,
        stage: StageStatus,
        move: Move? = nil,
        blockers: [Blocker] = [],
        onHold: Bool = false,
        referrals: [Suggestion] = [],
        aftercare: [Suggestion] = [],
        alerts: [Alert] = [],
        undetermined: [Undetermined] = [],
        trace: [TraceEntry] = [],
        notes: [String] = []
    ) {
        self.resident = resident
        self.workflow = workflow
        self.asOf = asOf
        self.stage = stage
        self.move = move
        self.blockers = blockers
        self.onHold = onHold
        self.referrals = referrals
        self.aftercare = aftercare
        self.alerts = alerts
        self.undetermined = undetermined
        self.trace = trace
        self.notes = notes
    }
}

/// The resident's current stage: `{"id", "days_in_stage", "overdue"}`, plus `complete` for terminal stages.
public struct StageStatus: Sendable, Hashable {
    /// The stage id.
    public var id: String
    /// Whole days from `stage_entered_on` (or its fallback) to the as-of date.
    public var daysInStage: Int
    /// Whether `days_in_stage` exceeds the stage's `max_days`.
    public var overdue: Bool
    /// For a terminal stage: every criterion holds and `min_days` has passed.
    public var complete: Bool?

    /// Creates a stage status.
    public init(id: String, daysInStage: Int, overdue: Bool, complete: Bool? = nil) {
        self.id = id
        self.daysInStage = daysInStage
        self.overdue = overdue
        self.complete = complete
    }
}

/// A stage move: `{"to", "via", "because"}`.
public struct Move: Sendable, Hashable {
    /// How the move comes about.
    public enum Via: String, Sendable, Hashable {
        case next, branch
    }

    /// The stage moved to.
    public var to: String
    /// Whether a branch or the forward move (`next`) moves the resident.
    public var via: Via
    /// The branch id when `via` is `branch`.
    public var branch: String?
    /// The branch's `because`, or the engine's reason for a forward move.
    public var because: LocalizedText?

    /// Creates a move.
    public init(to: String, via: Via, branch: String? = nil, because: LocalizedText? = nil) {
        self.to = to
        self.via = via
        self.branch = branch
        self.because = because
    }
}

/// What keeps the resident from moving: `{"criterion", "because", "missing"}`.
public struct Blocker: Sendable, Hashable {
    /// The criterion id, or `min-days`.
    public var criterion: String
    /// The criterion's `because`, or the engine's reason for `min-days`.
    public var because: LocalizedText?
    /// Absent facts the criterion reads, sorted.
    public var missing: [String]
    /// For `min-days`: the days still to wait.
    public var daysLeft: Int?
    /// The run-time error message when the criterion is undetermined and no fact it reads is absent.
    public var error: String?

    /// Creates a blocker.
    public init(
        criterion: String,
        because: LocalizedText?,
        missing: [String] = [],
        daysLeft: Int? = nil,
        error: String? = nil
    ) {
        self.criterion = criterion
        self.because = because
        self.missing = missing
        self.daysLeft = daysLeft
        self.error = error
    }
}

/// A merged referral or aftercare suggestion.
public struct Suggestion: Sendable, Hashable {
    /// The service id.
    public var service: String
    /// Ids of every firing rule that gave it, in file order.
    public var rules: [String]
    /// The role (`facilitator`, `mediator`, `advocate`) of the first rule in file order with the highest urgency.
    public var role: String?
    /// The highest urgency among the rules.
    public var urgency: Urgency
    /// One reason per rule, same order as `rules`.
    public var because: [LocalizedText]
    /// Fact values the rules read, by fact path, sorted by path.
    public var evidence: [Evidence]
    /// Services whose referral must be completed first, sorted.
    public var blockedBy: [String]
    /// Whether any of the rules holds the stage.
    public var holdsStage: Bool
    /// Every service named in the rules' `requires`, sorted (``blockedBy`` is the part not yet completed).
    public var requires: [String]

    /// Creates a suggestion.
    public init(
        service: String,
        rules: [String],
        role: String?,
        urgency: Urgency,
        because: [LocalizedText],
        evidence: [Evidence] = [],
        blockedBy: [String] = [],
        holdsStage: Bool = false,
        requires: [String] = []
    ) {
        self.service = service
        self.rules = rules
        self.role = role
        self.urgency = urgency
        self.because = because
        self.evidence = evidence
        self.blockedBy = blockedBy
        self.holdsStage = holdsStage
        self.requires = requires
    }
}

/// One fact value a condition read, for evidence and explanations.
public struct Evidence: Sendable, Hashable {
    /// The fact path, such as `resident.cows`.
    public var path: String
    /// The value as JSON text (`15`, `"heroin"`, `["a", "b"]`), or `null` when absent.
    public var json: String

    /// Creates evidence.
    public init(path: String, json: String) {
        self.path = path
        self.json = json
    }
}

/// An alert: `{"rule", "level", "because"}`; the built-in `overdue` alert carries `days_over`.
public struct Alert: Sendable, Hashable {
    /// The rule id, or `overdue`.
    public var rule: String
    /// How serious it is.
    public var level: AlertLevel
    /// The rule's `because` (else its title), or the engine's reason for `overdue`.
    public var because: LocalizedText?
    /// For `overdue`: days past `max_days`.
    public var daysOver: Int?

    /// Creates an alert.
    public init(rule: String, level: AlertLevel, because: LocalizedText?, daysOver: Int? = nil) {
        self.rule = rule
        self.level = level
        self.because = because
        self.daysOver = daysOver
    }
}

/// A rule, criterion or branch whose condition could not be decided.
public struct Undetermined: Sendable, Hashable {
    /// Which kind of condition it is.
    public enum Subject: String, Sendable, Hashable {
        case rule, criterion, branch
    }

    /// Whether it is a rule, a criterion or a branch.
    public var subject: Subject
    /// The rule id, criterion id or branch id.
    public var id: String
    /// Absent facts, sorted; empty when `error` is set.
    public var missing: [String]
    /// The run-time error message when no fact was missing.
    public var error: String?

    /// Creates an entry.
    public init(subject: Subject, id: String, missing: [String] = [], error: String? = nil) {
        self.subject = subject
        self.id = id
        self.missing = missing
        self.error = error
    }
}

/// How one condition came out, with the values it read.
public struct TraceEntry: Sendable, Hashable {
    /// The outcome of a condition.
    public enum Outcome: String, Sendable, Hashable {
        case `true`, `false`, undetermined
    }

    /// Whether it is a rule, a criterion or a branch.
    public var subject: Undetermined.Subject
    /// The rule, criterion or branch id.
    public var id: String
    /// The condition text, parts joined with ` && `.
    public var condition: String
    /// How the condition came out.
    public var outcome: Outcome
    /// The fact values it read.
    public var evidence: [Evidence]
    /// Whether a rule was in scope for the stage (always true for criteria and branches).
    public var inScope: Bool
    /// For rules: suppressed by a firing rule, or held back by referral history.
    public var note: String?

    /// Creates a trace entry.
    public init(
        subject: Undetermined.Subject,
        id: String,
        condition: String,
        outcome: Outcome,
        evidence: [Evidence] = [],
        inScope: Bool = true,
        note: String? = nil
    ) {
        self.subject = subject
        self.id = id
        self.condition = condition
        self.outcome = outcome
        self.evidence = evidence
        self.inScope = inScope
        self.note = note
    }
}
