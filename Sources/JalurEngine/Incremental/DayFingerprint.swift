import JalurExpression
import JalurModel

/// What in a resident's evaluation can change from one day to the next while their record stays the same.
///
/// The date reaches an evaluation only through the conditions that read it (``DateSensitivity``), the stage's
/// `min_days` and `max_days`, and referral hold-backs that end (a completed referral's `repeat_after_days`, a
/// declined referral's quiet days). A fingerprint records how each of those came out on one day. Take one
/// with ``Evaluator/evaluateWithFingerprint(_:asOf:)``; on a later day, for the same record,
/// ``Evaluator/isUnchanged(_:asOf:since:)`` tells whether the evaluation would come out the same apart from
/// its day counts (`as_of`, `days_in_stage`, the days over `max_days` and left before `min_days`).
///
/// A fingerprint also remembers the values of the derived names and the outcomes of the conditions that
/// depend on the facts alone, so that later evaluations of the same facts (even with another stage or other
/// referrals) need not compute them again.
public final class DayFingerprint: Sendable {
    /// How one date-sensitive condition or day limit came out.
    enum Outcome: Equatable, Sendable {
        case holds
        case fails
        case undetermined(message: String, missingFact: String?)

        init(_ outcome: ConditionOutcome) {
            switch outcome {
            case .holds: self = .holds
            case .fails: self = .fails
            case .undetermined(let error): self = .undetermined(message: error.message, missingFact: error.missingFact)
            }
        }
    }

    let workflow: Int
    let stage: Int
    /// The day it was taken.
    let asOf: Day
    /// The stage's date-sensitive conditions (``WorkflowInfo/dateSensitive``), then whether `min_days` is
    /// reached and whether `max_days` is passed.
    let outcomes: [Outcome]
    /// Whether the day was before the resident entered the stage or the program (the evaluation notes it).
    let beforeEntry: Bool
    /// The first day after ``asOf`` on which a referral hold-back may end, if any.
    let holdBackEnds: Day?
    /// Values of the derived names that depend on the facts alone (``CompiledWorkflow/factOnlyDerived``), where
    /// computed: they hold on any later evaluation of the same facts.
    let factOnlyValues: [Value?]
    /// Outcomes of the conditions that depend on the facts alone (``FactOnlyOutcomes``), by condition index.
    let factOnlyOutcomes: [ConditionOutcome?]

    init(
        workflow: Int,
        stage: Int,
        asOf: Day,
        outcomes: [Outcome],
        beforeEntry: Bool,
        holdBackEnds: Day?,
        factOnlyValues: [Value?],
        factOnlyOutcomes: [ConditionOutcome?]
    ) {
        self.workflow = workflow
        self.stage = stage
        self.asOf = asOf
        self.outcomes = outcomes
        self.beforeEntry = beforeEntry
        self.holdBackEnds = holdBackEnds
        self.factOnlyValues = factOnlyValues
        self.factOnlyOutcomes = factOnlyOutcomes
    }
}
