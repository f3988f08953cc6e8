public import JalurModel

/// One resident's line in the caseload table: the few numbers a supervisor scans, kept instead of the
/// whole ``Evaluation`` so that large batches stay small in memory.
public struct CaseloadRow: Sendable, Hashable {
    public var resident: String
    public var workflow: String
    public var stage: String
    public var daysInStage: Int
    /// Days past `max_days`, 0 when not overdue.
    public var overdueDays: Int
    /// Services of immediate and urgent referrals, most urgent first.
    public var urgentReferrals: [String]
    public var alertCount: Int
    public var criticalAlertCount: Int
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
