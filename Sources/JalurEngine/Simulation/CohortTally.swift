/// What one evaluation adds to a ``CohortTally``.
struct EvaluationCount {
    /// Whether it had undetermined entries.
    let undetermined: Bool
    /// The facts they miss, each once.
    let missingFacts: [String]
}

/// Counters a cohort run fills day by day.
struct CohortTally {
    var stayDays: [[Int]]
    var lengthsOfStay: [Int] = []
    var discharges: [Int]
    var dailyDischarges: [Int]
    /// Referrals made per service per day.
    var referrals: [String: [Int]] = [:]
    var evaluations = 0
    var undeterminedEvaluations = 0
    var missingFacts: [String: Int] = [:]
    var eventCounts: [Int]
    private let days: Int

    init(stageCount: Int, days: Int, events: Int) {
        self.days = days
        stayDays = [[Int]](repeating: [], count: stageCount)
        discharges = [Int](repeating: 0, count: stageCount)
        dailyDischarges = [Int](repeating: 0, count: days)
        eventCounts = [Int](repeating: 0, count: events)
    }

    /// Counts one evaluation, its undetermined entries and (once each) the facts they miss.
    ///
    /// - Returns: What it counted, for ``add(_:)`` on days the evaluation comes out the same.
    @discardableResult
    mutating func count(_ evaluation: Evaluation) -> EvaluationCount {
        var missing: [String] = []
        for entry in evaluation.undetermined {
            for path in entry.missing where !missing.contains(path) { missing.append(path) }
        }
        let count = EvaluationCount(undetermined: !evaluation.undetermined.isEmpty, missingFacts: missing)
        add(count)
        return count
    }

    /// Counts an evaluation again.
    mutating func add(_ count: EvaluationCount) {
        evaluations += 1
        guard count.undetermined else { return }
        undeterminedEvaluations += 1
        for path in count.missingFacts { missingFacts[path, default: 0] += 1 }
    }

    /// Counts a referral made to `service` on day `offset`.
    mutating func referral(_ service: String, offset: Int) {
        referrals[service, default: [Int](repeating: 0, count: days)][offset] += 1
    }

    /// Adds another worker's counts (sums; lists are only ever sorted, so their order does not matter).
    mutating func merge(_ other: CohortTally) {
        for index in stayDays.indices { stayDays[index] += other.stayDays[index] }
        lengthsOfStay += other.lengthsOfStay
        for index in discharges.indices { discharges[index] += other.discharges[index] }
        for index in dailyDischarges.indices { dailyDischarges[index] += other.dailyDischarges[index] }
        for (service, counts) in other.referrals {
            var total = referrals[service] ?? [Int](repeating: 0, count: days)
            for index in counts.indices { total[index] += counts[index] }
            referrals[service] = total
        }
        evaluations += other.evaluations
        undeterminedEvaluations += other.undeterminedEvaluations
        for (path, count) in other.missingFacts { missingFacts[path, default: 0] += count }
        for index in eventCounts.indices { eventCounts[index] += other.eventCounts[index] }
    }

    /// Missing facts, most often missed first, ties by path.
    func missingFactsRanked() -> [(path: String, count: Int)] {
        missingFacts.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }
}
