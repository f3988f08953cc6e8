public import JalurDiagnostics

/// A referral, aftercare or alert rule from a `kind: rules` document (SPEC §2.4).
public struct Rule: Sendable {
    /// The rule id, unique across the program.
    public var id: Located<String>
    /// Its name for people.
    public var title: LocalizedText?
    /// The condition that makes it fire.
    public var when: Condition
    /// What the rule does when it fires.
    public var action: RuleAction
    /// `facilitator`, `mediator` or `advocate`.
    public var role: String?
    /// How soon the referral must happen (default `routine`).
    public var urgency: Urgency
    /// Stages in which the rule applies; `nil` means the default (every stage; terminal stages for aftercare).
    public var stages: [Located<String>]?
    /// Rules that cancel this one when they fire.
    public var suppressedBy: [Located<String>]
    /// Days after a completed referral before the service is suggested again; `nil` means never.
    public var repeatAfterDays: Int?
    /// Services whose referral must be completed before this one can go ahead.
    public var requires: [Located<String>]
    /// Whether the resident stays in the stage while this referral is suggested, pending or accepted.
    public var holdsStage: Bool
    /// Why the rule fires, for staff.
    public var because: LocalizedText?
    /// The id of the `rules` document that declares it.
    public var document: String
    /// Notes for the people who maintain the rule.
    public var description: LocalizedText?

    /// Creates a rule.
    public init(
        id: Located<String>,
        title: LocalizedText? = nil,
        when: Condition,
        action: RuleAction,
        role: String? = nil,
        urgency: Urgency = .routine,
        stages: [Located<String>]? = nil,
        suppressedBy: [Located<String>] = [],
        repeatAfterDays: Int? = nil,
        requires: [Located<String>] = [],
        holdsStage: Bool = false,
        because: LocalizedText? = nil,
        document: String,
        description: LocalizedText? = nil
    ) {
        self.id = id
        self.title = title
        self.when = when
        self.action = action
        self.role = role
        self.urgency = urgency
        self.stages = stages
        self.suppressedBy = suppressedBy
        self.repeatAfterDays = repeatAfterDays
        self.requires = requires
        self.holdsStage = holdsStage
        self.because = because
        self.document = document
        self.description = description
    }
}

/// Exactly one of `refer`, `aftercare` or `alert`.
public enum RuleAction: Hashable, Sendable {
    case refer(Located<String>)
    case aftercare(Located<String>)
    case alert(AlertLevel)
}

/// How soon a referral must happen; ordered from most to least urgent.
public enum Urgency: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Same day.
    case immediate
    /// Within 72 hours.
    case urgent
    /// Within 7 days.
    case soon
    /// Within 30 days.
    case routine

    /// 0 for the most urgent.
    public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// Orders by rank, most pressing first.
    public static func < (lhs: Urgency, rhs: Urgency) -> Bool { lhs.rank < rhs.rank }
}

/// An alert's level; ordered from most to least severe.
public enum AlertLevel: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case critical
    case warning
    case info

    /// 0 for the most severe.
    public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// Orders by rank, most pressing first.
    public static func < (lhs: AlertLevel, rhs: AlertLevel) -> Bool { lhs.rank < rhs.rank }
}
