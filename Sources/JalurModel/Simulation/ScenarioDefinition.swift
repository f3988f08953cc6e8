public import JalurDiagnostics
public import JalurExpression

/// A `kind: scenario` document, interpreted: everything cohort simulation needs, typed and compiled.
public struct ScenarioDefinition: Sendable {
    /// The scenario id.
    public var id: String
    /// The workflow residents follow.
    public var workflow: String
    /// The first simulated day.
    public var start: Day
    /// How many days to simulate (`--days` overrides).
    public var days: Int
    /// The seed used when `--seed` is not given.
    public var seed: UInt64
    /// Residents arriving per week, by month.
    public var arrivals: ArrivalRate
    /// The stage new residents start in.
    public var initialStage: String
    /// Facts drawn for each new resident, in file order.
    public var initialFacts: [FactEffect]
    /// Chance events, in file order.
    public var events: [ScenarioEvent]
    /// Effects applied right after every stage move.
    public var onMove: [FactEffect]
    /// How referrals to services without their own entry turn out.
    public var defaultReferral: ReferralBehaviour
    /// How referrals to named services turn out, sorted by service id.
    public var referrals: [String: ReferralBehaviour]
    /// Where the document is written.
    public var location: SourceLocation

    /// Creates a scenario definition.
    public init(
        id: String,
        workflow: String,
        start: Day,
        days: Int,
        seed: UInt64,
        arrivals: ArrivalRate,
        initialStage: String,
        initialFacts: [FactEffect],
        events: [ScenarioEvent],
        onMove: [FactEffect],
        defaultReferral: ReferralBehaviour,
        referrals: [String: ReferralBehaviour],
        location: SourceLocation
    ) {
        self.id = id
        self.workflow = workflow
        self.start = start
        self.days = days
        self.seed = seed
        self.arrivals = arrivals
        self.initialStage = initialStage
        self.initialFacts = initialFacts
        self.events = events
        self.onMove = onMove
        self.defaultReferral = defaultReferral
        self.referrals = referrals
        self.location = location
    }

    /// How referrals to `service` turn out.
    public func referralBehaviour(for service: String) -> ReferralBehaviour {
        referrals[service] ?? defaultReferral
    }
}

/// Arrivals per week: one rate, optionally replaced month by month.
public struct ArrivalRate: Sendable, Hashable {
    /// Residents per week in months without their own rate.
    public var perWeek: Double
    /// Residents per week by month (index 0 is January); `nil` uses ``perWeek``.
    public var byMonth: [Double?]
    /// `pattern: regular`: arrivals come evenly (the running total of the daily mean, rounded down),
    /// instead of a Poisson draw each day.
    public var isRegular: Bool

    /// Creates a rate.
    public init(
        perWeek: Double,
        byMonth: [Double?] = Array(repeating: nil, count: 12),
        isRegular: Bool = false
    ) {
        self.perWeek = perWeek
        self.byMonth = byMonth
        self.isRegular = isRegular
    }

    /// Mean arrivals on `day`.
    public func perDay(on day: Day) -> Double {
        (byMonth[day.components.month - 1] ?? perWeek) / 7
    }
}

/// A chance event: each day, for each resident for whom the condition holds, it happens with a probability.
public struct ScenarioEvent: Sendable {
    /// The event id, for reports.
    public var id: String
    /// The condition, in the workflow's environment; `nil` always holds.
    ///
    /// Undetermined or an error counts as false.
    public var condition: CompiledExpression?
    /// Probability per day (a weekly chance *p* becomes 1 − (1 − *p*)^(1/7)).
    public var chancePerDay: Double
    /// Whether it happens at most once per resident.
    public var isOnce: Bool
    /// Fact changes it makes, in file order.
    public var effects: [FactEffect]
    /// Where it is written.
    public var location: SourceLocation

    /// Creates an event.
    public init(
        id: String,
        condition: CompiledExpression?,
        chancePerDay: Double,
        isOnce: Bool,
        effects: [FactEffect],
        location: SourceLocation
    ) {
        self.id = id
        self.condition = condition
        self.chancePerDay = chancePerDay
        self.isOnce = isOnce
        self.effects = effects
        self.location = location
    }
}

/// How referrals to a service turn out: after a delay, completed with the acceptance probability,
/// otherwise declined.
public struct ReferralBehaviour: Sendable, Hashable {
    /// Probability (0…1) that a referral is completed rather than declined.
    public var acceptance: Double
    /// Fewest days from `pending` to the outcome.
    public var minimumDays: Int
    /// Most days from `pending` to the outcome.
    public var maximumDays: Int

    /// Creates a behaviour.
    public init(acceptance: Double, minimumDays: Int, maximumDays: Int) {
        self.acceptance = acceptance
        self.minimumDays = minimumDays
        self.maximumDays = maximumDays
    }
}
