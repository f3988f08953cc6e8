public import JalurDiagnostics

/// One rule, exit criterion or branch, and the outcomes tests gave its condition.
///
/// An item is *covered* when the tests made its condition true at least once and false at least once (for a
/// rule: while in scope). Undetermined outcomes are reported separately and do not count for or against it.
public struct CoverageItem: Sendable, Hashable {
    /// Rule, criterion or branch.
    public var subject: Undetermined.Subject
    /// The rule, criterion or branch id.
    public var id: String
    /// The workflow and stage of a criterion or branch (`medan-plus/assessment`); `nil` for a rule.
    public var stage: String?
    /// Where the item's id is written.
    public var location: SourceLocation
    /// Seen true at least once.
    public var seenTrue = false
    /// Seen false at least once.
    public var seenFalse = false
    /// Seen undetermined at least once.
    public var seenUndetermined = false

    /// Creates an item not yet seen.
    public init(subject: Undetermined.Subject, id: String, stage: String?, location: SourceLocation) {
        self.subject = subject
        self.id = id
        self.stage = stage
        self.location = location
    }

    /// Seen both true and false.
    public var isCovered: Bool { seenTrue && seenFalse }

    /// `rule detox-moderate`, `criterion medan-plus/preparation/consent`.
    public var label: String {
        "\(subject.rawValue) \(stage.map { "\($0)/" } ?? "")\(id)"
    }

    /// What is missing: `never true`, `never false`, `never evaluated`.
    public var gap: String {
        switch (seenTrue, seenFalse) {
        case (false, false): seenUndetermined ? "only undetermined" : "never evaluated"
        case (false, true): "never true"
        case (true, false): "never false"
        case (true, true): "covered"
        }
    }
}

/// A stage's forward move to `next`, and whether some test saw a resident take it.
///
/// Forward moves are reported beside coverage but do not count in its percentage: a move happens when every
/// exit criterion holds, which criterion coverage already asks for.
public struct ForwardMove: Sendable, Hashable {
    /// The workflow and stage (`medan-plus/preparation`).
    public var stage: String
    /// The stage it moves to.
    public var to: String
    /// Where `next` is written.
    public var location: SourceLocation
    /// Taken by at least one test's resident.
    public var isTaken = false

    /// Creates a move not yet taken.
    public init(stage: String, to: String, location: SourceLocation) {
        self.stage = stage
        self.to = to
        self.location = location
    }
}

/// Coverage of the program by the tests that ran.
public struct CoverageReport: Sendable {
    /// Every rule, criterion and branch, sorted by location.
    public var items: [CoverageItem]
    /// Every stage's forward move, sorted by location.
    public var forwardMoves: [ForwardMove]

    /// Creates a report.
    public init(items: [CoverageItem], forwardMoves: [ForwardMove] = []) {
        self.items = items
        self.forwardMoves = forwardMoves
    }

    /// Items seen true and false.
    public var covered: Int { items.count { $0.isCovered } }
    /// Items not yet covered, sorted by location.
    public var uncovered: [CoverageItem] { items.filter { !$0.isCovered } }
    /// Items seen undetermined at least once.
    public var undetermined: Int { items.count { $0.seenUndetermined } }

    /// The covered share in percent (100 for a program with nothing to cover).
    public var percentage: Double {
        items.isEmpty ? 100 : Double(covered) * 100 / Double(items.count)
    }

    /// Whether the percentage is at least `minimum`, compared exactly (no rounding up to 100).
    public func meets(_ minimum: Double) -> Bool {
        Double(covered) * 100 >= minimum * Double(items.count)
    }

    /// `coverage 87.5% is below the minimum 90%`, or `nil` when the percentage meets `minimum`.
    public func shortfall(below minimum: Double) -> String? {
        guard !meets(minimum) else { return nil }
        let shown = minimum == minimum.rounded() && abs(minimum) < 1e15 ? String(Int(minimum)) : String(minimum)
        return "coverage \(percentageText)% is below the minimum \(shown)%"
    }

    /// The percentage rounded down to one decimal, without a trailing `.0`: `87.5`, `100`.
    public var percentageText: String {
        let tenths = Int((percentage * 10).rounded(.down))
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
