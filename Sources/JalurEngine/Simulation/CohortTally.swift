/// Counters a cohort run fills day by day.
struct CohortTally {
    var occupancy: [[Int]] = []
    var stayDays: [[Int]]
    var lengthsOfStay: [Int] = []
    var discharges: [Int]
    var dailyAdmissions: [Int]
    var dailyDischarges: [Int]
    /// Referrals made per service per day.
    var referrals: [String: [Int]] = [:]
    var evaluations = 0
    var undeterminedEvaluations = 0
    var missingFacts: [String: Int] = [:]
    var eventCounts: [Int]
    private let days: Int
    private var seen: [String] = []

    init(stageCount: Int, days: Int, events: Int) {
        self.days = days
        stayDays = [[Int]](repeating: [], count: stageCount)
        discharges = [Int](repeating: 0, count: stageCount)
        dailyAdmissions = [Int](repeating: 0, count: days)
        dailyDischarges = [Int](repeating: 0, count: days)
        eventCounts = [Int](repeating: 0, count: events)
        occupancy.reserveCapacity(days)
    }

    /// Counts one evaluation, its undetermined entries and (once each) the facts they miss.
    mutating func count(_ evaluation: Evaluation) {
        evaluations += 1
        guard !evaluation.undetermined.isEmpty else { return }
        undeterminedEvaluations += 1
        seen.removeAll(keepingCapacity: true)
        for entry in evaluation.undetermined {
            for path in entry.missing where !seen.contains(path) {
                seen.append(path)
                missingFacts[path, default: 0] += 1
            }
        }
    }

    /// Counts a referral made to `service` on day `offset`.
    mutating func referral(_ service: String, offset: Int) {
        referrals[service, default: [Int](repeating: 0, count: days)][offset] += 1
    }

    /// Missing facts, most often missed first, ties by path.
    func missingFactsRanked() -> [(path: String, count: Int)] {
        missingFacts.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }
}
