public import JalurDiagnostics
public import JalurExpression

/// One resident's recorded state (SPEC §2.5), with facts typed by the workflow's schema.
public struct Resident: Sendable {
    /// The resident id, unique within a batch.
    public var id: String
    /// The workflow id, when the file names one.
    public var workflow: String?
    /// The current stage id.
    public var stage: String
    /// When the resident entered the current stage.
    public var stageEnteredOn: Day?
    /// When the resident was admitted to the program.
    public var admittedOn: Day?
    /// The facts as a record of the workflow's resident type; absent facts are `nil` slots.
    public var facts: ObjectValue
    /// The referral history, in the order written.
    public var referrals: [ReferralRecord]
    /// Where the resident was read from (file, and line for JSON Lines).
    public var source: SourceLocation

    /// Creates a resident.
    public init(
        id: String,
        workflow: String? = nil,
        stage: String,
        stageEnteredOn: Day? = nil,
        admittedOn: Day? = nil,
        facts: ObjectValue,
        referrals: [ReferralRecord] = [],
        source: SourceLocation
    ) {
        self.id = id
        self.workflow = workflow
        self.stage = stage
        self.stageEnteredOn = stageEnteredOn
        self.admittedOn = admittedOn
        self.facts = facts
        self.referrals = referrals
        self.source = source
    }
}

/// One entry of a resident's referral history.
public struct ReferralRecord: Hashable, Sendable {
    /// The service id referred to.
    public var service: String
    /// The referral's status as of `date`.
    public var status: ReferralStatus
    /// When it got this status.
    public var date: Day

    /// Creates a record.
    public init(service: String, status: ReferralStatus, date: Day) {
        self.service = service
        self.status = status
        self.date = date
    }
}

/// The status of a referral.
public enum ReferralStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case suggested, pending, accepted, declined, completed
}
