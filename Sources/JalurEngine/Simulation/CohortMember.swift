import JalurModel

/// One simulated resident while present: the resident, their random stream and bookkeeping.
struct CohortMember {
    var resident: Resident
    var rng: SplitMix64
    let admitted: Day
    /// The stage index and the day it was entered.
    var stageIndex: Int
    var stageEntered: Day
    /// Per chance event: whether it has happened.
    var happened: [Bool]
    /// Referral outcomes still to come, by day.
    var outcomes: [(day: Day, record: ReferralRecord)] = []
    /// The last evaluation: its fingerprint and what it counted.
    var lastEvaluation: (fingerprint: DayFingerprint, count: EvaluationCount)?
    /// Whether the record is as it was at the last evaluation.
    var recordUnchanged = false
    /// Whether the facts are as they were at the last evaluation.
    var factsUnchanged = false
}
