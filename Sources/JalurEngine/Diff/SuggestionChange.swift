/// One way a resident's suggestions differ between two versions of the program.
public struct SuggestionChange: Sendable, Hashable {
    /// What changed.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case referralAdded = "referral_added"
        case referralRemoved = "referral_removed"
        case urgencyChanged = "urgency_changed"
        case aftercareAdded = "aftercare_added"
        case aftercareRemoved = "aftercare_removed"
        case aftercareUrgencyChanged = "aftercare_urgency_changed"
        case moveChanged = "move_changed"
        case alertAdded = "alert_added"
        case alertRemoved = "alert_removed"
        case newlyUndetermined = "newly_undetermined"
        case noLongerUndetermined = "no_longer_undetermined"

        /// A count in words: `1 referral added`, `2 referrals added`.
        public func phrase(_ count: Int) -> String {
            let one = count == 1
            let words: String =
                switch self {
                case .referralAdded: one ? "referral added" : "referrals added"
                case .referralRemoved: one ? "referral removed" : "referrals removed"
                case .urgencyChanged: one ? "urgency changed" : "urgencies changed"
                case .aftercareAdded: one ? "aftercare suggestion added" : "aftercare suggestions added"
                case .aftercareRemoved: one ? "aftercare suggestion removed" : "aftercare suggestions removed"
                case .aftercareUrgencyChanged: one ? "aftercare urgency changed" : "aftercare urgencies changed"
                case .moveChanged: one ? "move changed" : "moves changed"
                case .alertAdded: one ? "alert added" : "alerts added"
                case .alertRemoved: one ? "alert removed" : "alerts removed"
                case .newlyUndetermined: "newly undetermined"
                case .noLongerUndetermined: "no longer undetermined"
                }
            return "\(count) \(words)"
        }
    }

    /// What changed.
    public var kind: Kind
    /// The service, alert rule, condition id, or `stage` for a move.
    public var subject: String
    /// The value before (urgency, level, move target, `null`), if any.
    public var before: String?
    /// The value after, if any.
    public var after: String?
    /// The rules, criteria or branches responsible, sorted.
    public var responsible: [DiffGroup]

    /// Creates a change.
    public init(kind: Kind, subject: String, before: String? = nil, after: String? = nil, responsible: [DiffGroup]) {
        self.kind = kind
        self.subject = subject
        self.before = before
        self.after = after
        self.responsible = responsible
    }

    /// One line of words: `referral rsj-detox added (urgent)`, `move: null → assessment`.
    public var summary: String {
        switch kind {
        case .referralAdded: "referral \(subject) added (\(after ?? "?"))"
        case .referralRemoved: "referral \(subject) removed (was \(before ?? "?"))"
        case .urgencyChanged: "referral \(subject) urgency \(before ?? "?") → \(after ?? "?")"
        case .aftercareAdded: "aftercare \(subject) added (\(after ?? "?"))"
        case .aftercareRemoved: "aftercare \(subject) removed (was \(before ?? "?"))"
        case .aftercareUrgencyChanged: "aftercare \(subject) urgency \(before ?? "?") → \(after ?? "?")"
        case .moveChanged: "move \(before ?? "null") → \(after ?? "null")"
        case .alertAdded: "alert \(subject) added (\(after ?? "?"))"
        case .alertRemoved: "alert \(subject) removed (was \(before ?? "?"))"
        case .newlyUndetermined: "\(subject) newly undetermined\(after.map { " (\($0))" } ?? "")"
        case .noLongerUndetermined: "\(subject) no longer undetermined"
        }
    }
}

/// What a change is grouped under: a rule, a criterion or branch, or the stage move.
public struct DiffGroup: Sendable, Hashable, Comparable {
    /// The kind of thing responsible.
    public enum Kind: Int, Sendable, Hashable {
        case rule, criterion, branch, move
    }

    /// The kind.
    public var kind: Kind
    /// Its id (`next` or the branch id for moves).
    public var id: String

    /// Creates a group.
    public init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }

    /// `rule detox-moderate`, `branch early-discharge`, `stage move (next)`.
    public var label: String {
        switch kind {
        case .rule: "rule \(id)"
        case .criterion: "criterion \(id)"
        case .branch: "branch \(id)"
        case .move: "stage move (\(id))"
        }
    }

    /// Rules first, then criteria, branches and moves; by id within a kind.
    public static func < (lhs: DiffGroup, rhs: DiffGroup) -> Bool {
        (lhs.kind.rawValue, lhs.id) < (rhs.kind.rawValue, rhs.id)
    }
}
