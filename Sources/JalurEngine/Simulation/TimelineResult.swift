public import JalurModel

/// What `jalur simulate RESIDENT --events FILE` found: the days on which something changed, and a summary.
public struct TimelineResult: Sendable {
    /// Why the simulation stopped.
    public enum Stop: String, Sendable {
        /// A terminal stage is complete.
        case terminalComplete = "terminal-complete"
        /// The `--until` date was reached.
        case until
        /// The day cap (``TimelineSimulation/dayCap``) was reached.
        case cap
    }

    /// The resident id.
    public var resident: String
    /// The workflow id.
    public var workflow: String
    /// The first simulated day.
    public var start: Day
    /// The last simulated day.
    public var end: Day
    /// Why it stopped.
    public var stop: Stop
    /// Every day on which something changed, in order.
    public var days: [TimelineDay]
    /// The stage reached.
    public var finalStage: String
    /// Whether the stage reached is terminal and complete.
    public var isComplete: Bool
    /// Each stay in a stage, in order; the last one is open until ``end``.
    public var stays: [StageStay]
    /// The referral history at the end, in order.
    public var referrals: [ReferralRecord]

    /// Creates a result.
    public init(
        resident: String,
        workflow: String,
        start: Day,
        end: Day,
        stop: Stop,
        days: [TimelineDay],
        finalStage: String,
        isComplete: Bool,
        stays: [StageStay],
        referrals: [ReferralRecord]
    ) {
        self.resident = resident
        self.workflow = workflow
        self.start = start
        self.end = end
        self.stop = stop
        self.days = days
        self.finalStage = finalStage
        self.isComplete = isComplete
        self.stays = stays
        self.referrals = referrals
    }

    /// Days spent in each stage, summed over stays, in order of first entry.
    public var daysByStage: [(stage: String, days: Int)] {
        var order: [String] = []
        var totals: [String: Int] = [:]
        for stay in stays {
            if totals[stay.stage] == nil { order.append(stay.stage) }
            totals[stay.stage, default: 0] += stay.days
        }
        return order.map { ($0, totals[$0] ?? 0) }
    }
}

/// One stay in a stage: entered on ``from``, left on ``to`` (the day of the move), ``days`` = to − from.
public struct StageStay: Sendable, Hashable {
    /// The stage id.
    public var stage: String
    /// The day it was entered.
    public var from: Day
    /// The day it was left, or the last simulated day for the open stay.
    public var to: Day
    /// Whether the stay is still open at the end.
    public var isOpen: Bool

    /// Creates a stay.
    public init(stage: String, from: Day, to: Day, isOpen: Bool) {
        self.stage = stage
        self.from = from
        self.to = to
        self.isOpen = isOpen
    }

    /// Whole days in the stage.
    public var days: Int { to.days(since: from) }
}

/// One day of a timeline on which something changed.
public struct TimelineDay: Sendable {
    /// The date.
    public var day: Day
    /// Days since the simulation started.
    public var dayNumber: Int
    /// The stage at the start of the day.
    public var stage: String
    /// Events applied (before the evaluation).
    public var events: [AppliedEvent]
    /// The move made, with the stage left.
    public var move: Move?
    /// Suggestions turned into pending referrals.
    public var referrals: [Suggestion]
    /// Alerts that were not raised the day before.
    public var newAlerts: [Alert]
    /// Whether the resident went on hold (`true`) or came off hold (`false`) this day.
    public var holdChange: Bool?

    /// Creates a day.
    public init(
        day: Day,
        dayNumber: Int,
        stage: String,
        events: [AppliedEvent] = [],
        move: Move? = nil,
        referrals: [Suggestion] = [],
        newAlerts: [Alert] = [],
        holdChange: Bool? = nil
    ) {
        self.day = day
        self.dayNumber = dayNumber
        self.stage = stage
        self.events = events
        self.move = move
        self.referrals = referrals
        self.newAlerts = newAlerts
        self.holdChange = holdChange
    }

    /// Whether anything is worth reporting.
    public var hasChanges: Bool {
        !events.isEmpty || move != nil || !referrals.isEmpty || !newAlerts.isEmpty || holdChange != nil
    }
}

/// An event as applied: the facts it wrote, the referral outcome and the note.
public struct AppliedEvent: Sendable {
    /// Facts written, with their new values as JSON text (`null` when removed).
    public var facts: [(path: String, json: String)]
    /// The referral outcome recorded.
    public var referral: ReferralOutcome?
    /// The note.
    public var note: String?

    /// Creates an applied event.
    public init(
        facts: [(path: String, json: String)] = [],
        referral: ReferralOutcome? = nil,
        note: String? = nil
    ) {
        self.facts = facts
        self.referral = referral
        self.note = note
    }
}
