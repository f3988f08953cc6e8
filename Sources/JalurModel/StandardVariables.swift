public import JalurExpression

/// The names and types of the variables SPEC §3 puts in scope besides the facts and derived names.
public enum StandardVariables {
    /// `resident`: the facts, typed by the workflow's facts schema.
    public static let resident = "resident"
    /// `stage`: the current stage id, an enumeration of the workflow's stage ids.
    public static let stage = "stage"
    /// `days_in_stage`: whole days since the resident entered the current stage.
    public static let daysInStage = "days_in_stage"
    /// `days_in_program`: whole days since admission.
    public static let daysInProgram = "days_in_program"
    /// `today`: the as-of date, a timestamp at midnight UTC.
    public static let today = "today"
    /// `referrals`: the referral history, a list of ``referralType`` records.
    public static let referrals = "referrals"

    /// Every built-in name, in declaration order.
    public static let all = [resident, stage, daysInStage, daysInProgram, today, referrals]

    /// The record type of one `referrals` entry: `service` (string), `status` (an enumeration of
    /// ``ReferralStatus`` values), `date` (timestamp) and `days_since` (int, whole days from `date` to `today`).
    ///
    /// A record rather than a `map(string, dyn)` so that a misspelt field (`r.servce`) or status
    /// (`r.status == 'complete'`) is a load-time error. The engine builds ``ObjectValue``s of this type with
    /// fields in this order.
    public static let referralType = ObjectType(
        name: "referral",
        fields: [
            ObjectType.Field(name: "service", type: .string),
            ObjectType.Field(
                name: "status",
                type: .enumeration(EnumType(name: "referral.status", values: ReferralStatus.allCases.map(\.rawValue)))
            ),
            ObjectType.Field(name: "date", type: .timestamp),
            ObjectType.Field(name: "days_since", type: .int),
        ]
    )
}
