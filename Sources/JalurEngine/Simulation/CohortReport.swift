public import JalurModel

/// What a cohort simulation found (`jalur simulate --scenario ID`).
public struct CohortReport: Sendable {
    /// The scenario id.
    public var scenario: String
    /// The workflow id.
    public var workflow: String
    /// The seed used.
    public var seed: UInt64
    /// The first simulated day.
    public var start: Day
    /// How many days were simulated.
    public var days: Int
    /// Stage ids in workflow order, with their titles.
    public var stages: [(id: String, title: LocalizedText)]
    /// Residents admitted.
    public var admissions: Int
    /// Residents discharged (a terminal stage complete), by that stage, in workflow order.
    public var discharges: [(stage: String, count: Int)]
    /// Residents still present after the last day.
    public var presentAtEnd: Int
    /// Whole days of every finished stay, by stage index (a stay ends with a move or a discharge).
    public var stayDays: [[Int]]
    /// Whole days from admission to discharge, per discharged resident.
    public var lengthsOfStay: [Int]
    /// Residents in each stage at the end of each day: `occupancy[day][stage]`.
    public var occupancy: [[Int]]
    /// Admissions per day.
    public var dailyAdmissions: [Int]
    /// Discharges per day.
    public var dailyDischarges: [Int]
    /// Referral load of every service referred at least once, in services-file order.
    public var services: [ServiceLoad]
    /// Evaluations made (one per resident per day present).
    public var evaluations: Int
    /// Evaluations with at least one undetermined rule, criterion or branch.
    public var undeterminedEvaluations: Int
    /// Facts named missing, with the number of evaluations that missed each, most first (ties by path).
    public var missingFacts: [(path: String, count: Int)]
    /// How often each chance event happened, in file order.
    public var eventCounts: [(id: String, count: Int)]

    /// Creates a report.
    public init(
        scenario: String,
        workflow: String,
        seed: UInt64,
        start: Day,
        days: Int,
        stages: [(id: String, title: LocalizedText)],
        admissions: Int,
        discharges: [(stage: String, count: Int)],
        presentAtEnd: Int,
        stayDays: [[Int]],
        lengthsOfStay: [Int],
        occupancy: [[Int]],
        dailyAdmissions: [Int],
        dailyDischarges: [Int],
        services: [ServiceLoad],
        evaluations: Int,
        undeterminedEvaluations: Int,
        missingFacts: [(path: String, count: Int)],
        eventCounts: [(id: String, count: Int)]
    ) {
        self.scenario = scenario
        self.workflow = workflow
        self.seed = seed
        self.start = start
        self.days = days
        self.stages = stages
        self.admissions = admissions
        self.discharges = discharges
        self.presentAtEnd = presentAtEnd
        self.stayDays = stayDays
        self.lengthsOfStay = lengthsOfStay
        self.occupancy = occupancy
        self.dailyAdmissions = dailyAdmissions
        self.dailyDischarges = dailyDischarges
        self.services = services
        self.evaluations = evaluations
        self.undeterminedEvaluations = undeterminedEvaluations
        self.missingFacts = missingFacts
        self.eventCounts = eventCounts
    }

    /// Number of weeks reported (the last may be partial).
    public var weekCount: Int { (days + 6) / 7 }

    /// The first day of week `week` (0-based).
    public func weekStart(_ week: Int) -> Day { start.adding(days: week * 7) }

    /// Residents in each stage at the end of the last day of week `week`.
    public func weekOccupancy(_ week: Int) -> [Int] {
        occupancy[min(days - 1, week * 7 + 6)]
    }

    /// Sum of `daily` over the days of week `week`.
    public func weekTotal(_ daily: [Int], week: Int) -> Int {
        daily[(week * 7)..<min(days, week * 7 + 7)].reduce(0, +)
    }

    /// Total discharges.
    public var dischargeCount: Int { discharges.reduce(0) { $0 + $1.count } }
}

/// Referrals made to one service per week, against its weekly capacity.
public struct ServiceLoad: Sendable, Hashable {
    /// The service id.
    public var service: String
    /// `capacity_per_week`, when the services document sets it.
    public var capacity: Int?
    /// Referrals made (became `pending`) in each week.
    public var weekly: [Int]

    /// Creates a load.
    public init(service: String, capacity: Int?, weekly: [Int]) {
        self.service = service
        self.capacity = capacity
        self.weekly = weekly
    }

    /// Weeks (0-based) with more referrals than the capacity.
    public var overCapacityWeeks: [Int] {
        guard let capacity else { return [] }
        return weekly.indices.filter { weekly[$0] > capacity }
    }

    /// All referrals made.
    public var total: Int { weekly.reduce(0, +) }

    /// The most referrals in one week.
    public var peak: Int { weekly.max() ?? 0 }
}
