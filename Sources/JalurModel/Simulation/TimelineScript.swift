public import JalurDiagnostics

/// A `jalur simulate RESIDENT --events FILE` events file: dated events, and what staff record on every move.
public struct TimelineScript: Sendable {
    /// The events in date order (events of one day in file order).
    public var events: [TimelineEvent]
    /// Effects applied right after every stage move (such as resetting `relapses_in_current_stage`).
    public var onMove: [FactEffect]

    /// Creates a script.
    public init(events: [TimelineEvent], onMove: [FactEffect] = []) {
        self.events = events
        self.onMove = onMove
    }
}

/// One dated entry of an events file: fact changes, a referral outcome and a note, each optional.
public struct TimelineEvent: Sendable {
    /// The day it happens.
    public var day: Day
    /// Fact changes, in file order.
    public var effects: [FactEffect]
    /// A referral outcome recorded that day.
    public var referral: ReferralOutcome?
    /// A note for people.
    public var note: String?
    /// Where the event is written.
    public var location: SourceLocation

    /// Creates an event.
    public init(
        day: Day,
        effects: [FactEffect] = [],
        referral: ReferralOutcome? = nil,
        note: String? = nil,
        location: SourceLocation
    ) {
        self.day = day
        self.effects = effects
        self.referral = referral
        self.note = note
        self.location = location
    }
}

/// A referral's new status, recorded by an event.
public struct ReferralOutcome: Sendable, Hashable {
    /// The service id.
    public var service: String
    /// The new status.
    public var status: ReferralStatus

    /// Creates an outcome.
    public init(service: String, status: ReferralStatus) {
        self.service = service
        self.status = status
    }
}
