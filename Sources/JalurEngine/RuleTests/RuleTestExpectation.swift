public import JalurModel

/// What a test expects (`expect:`); keys left out are not checked.
///
/// Lists mean "must include" (`referrals`, `aftercare`, `alerts`, `blockers`, `undetermined`) or "must not
/// include" (`not_referrals`); an empty list `[]` means "none at all". Alerts are matched by rule id or by
/// level (`critical`, `warning`, `info`).
public struct RuleTestExpectation: Sendable {
    /// One expected list with where it is written.
    public typealias IDList = Located<[String]>

    /// The current stage id.
    public var stage: Located<String>?
    /// The stage the resident moves to; `.some(nil)` when the test expects `move: null`.
    public var move: Located<String?>?
    /// Services that must be among the referrals.
    public var referrals: IDList?
    /// Services that must not be among the referrals.
    public var notReferrals: IDList?
    /// Services that must be among the aftercare suggestions.
    public var aftercare: IDList?
    /// Alerts that must be raised, by rule id or level.
    public var alerts: IDList?
    /// Criteria (or `min-days`) that must be among the blockers.
    public var blockers: IDList?
    /// Rules, criteria or branches that must be undetermined.
    public var undetermined: IDList?

    /// Creates an expectation that checks nothing.
    public init() {}

    /// Whether no key is given.
    public var isEmpty: Bool {
        stage == nil && move == nil && referrals == nil && notReferrals == nil && aftercare == nil && alerts == nil
            && blockers == nil && undetermined == nil
    }
}
