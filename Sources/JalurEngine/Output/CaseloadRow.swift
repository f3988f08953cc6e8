public import JalurModel

/// One resident's line in the caseload table: the few numbers a supervisor scans, kept instead of the
/// whole ``Evaluation`` so that large batches stay small in memory.
public struct CaseloadRow: Sendable, Hashable {
    /// The resident's id.
    public var resident: String
    /// The id of the resident's workflow.
    public var workflow: String
    /// The id of the resident's current stage.
    public var stage: String
    /// Whole days in the current stage on the as-of date.
    public var daysInStage: Int
    /// Days past `max_days`, 0 when not overdue.
    public var overdueDays: Int
    /// Services of immediate and urgent referrals, most urgent first.
    public var urgentReferrals: [String]
    /// The number of alerts, of any level.
    public var alertCount: Int
    /// The number of alerts at level `critical`.
    public var criticalAlertCount: Int
    /// The number of conditions that could not be decided.
    public var undeterminedCount: Int
    /// 0 (an immediate referral or a critical alert) to 4 (nothing to do); the table's first sort key.
    public var urgencyRank: Int

    /// Summarises an evaluation.
    public init(_ evaluation: Evaluation) {
        resident = evaluation.resident
        workflow = evaluation.workflow
        stage = evaluation.stage.id
        daysInStage = evaluation.stage.daysInStage
        overdueDays = evaluation.alerts.first { $0.rule == "overdue" }?.daysOver ?? 0
        urgentReferrals = evaluation.referrals.filter { $0.urgency <= .urgent }.map(\.service)
        alertCount = evaluation.alerts.count
        criticalAlertCount = evaluation.alerts.filter { $0.level == .critical }.count
        undeterminedCount = evaluation.undetermined.count
        let referralRank = evaluation.referrals.map(\.urgency.rank).min() ?? 4
        let alertRank =
            evaluation.alerts.map { alert in
                switch alert.level {
                case .critical: 0
                case .warning: 2
                case .info: 3
                }
            }.min() ?? 4
        urgencyRank = min(referralRank, alertRank)
    }

    /// Most urgent first, then by resident id.
    public static func urgencyOrder(_ lhs: CaseloadRow, _ rhs: CaseloadRow) -> Bool {
        if lhs.urgencyRank != rhs.urgencyRank { return lhs.urgencyRank < rhs.urgencyRank }
        return Array(lhs.resident.utf8).lexicographicallyPrecedes(Array(rhs.resident.utf8))
    }
}
