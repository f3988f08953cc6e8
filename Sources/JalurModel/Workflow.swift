public import JalurDiagnostics

/// A `kind: workflow` document: the pathway of stages (SPEC §2.3).
public struct Workflow: Sendable {
    /// The workflow id.
    public var id: Located<String>
    /// Its name for people.
    public var title: LocalizedText?
    /// The `facts` schema id residents on this workflow use.
    public var facts: Located<String>
    /// The first stage.
    public var start: Located<String>
    /// The stages in file order.
    public var stages: [Stage]
    /// What the pathway is for, for people.
    public var description: LocalizedText?

    /// Creates a workflow.
    public init(
        id: Located<String>,
        title: LocalizedText?,
        facts: Located<String>,
        start: Located<String>,
        stages: [Stage],
        description: LocalizedText? = nil
    ) {
        self.id = id
        self.title = title
        self.facts = facts
        self.start = start
        self.stages = stages
        self.description = description
    }

    /// The stage called `id`, if any.
    public func stage(_ id: String) -> Stage? { stages.first { $0.id.value == id } }
}

/// One stage of a workflow.
public struct Stage: Sendable {
    /// The stage id, unique within the workflow.
    public var id: Located<String>
    /// Its name for people.
    public var title: LocalizedText?
    /// `facilitator`, `mediator` or `advocate`.
    public var role: Located<String>?
    /// Fewest days before the forward move: a constant or an expression giving an int.
    public var minDays: DayLimit?
    /// Days after which the stage is overdue.
    public var maxDays: DayLimit?
    /// Criteria that must all hold to move forward, in file order.
    public var exitCriteria: [Criterion]
    /// Branches checked in order before the forward move.
    public var branches: [Branch]
    /// The forward move's target.
    public var next: Located<String>?
    /// Whether the pathway ends here (no `next`).
    public var isTerminal: Bool
    /// What happens in the stage, for people.
    public var description: LocalizedText?

    /// Creates a stage.
    public init(
        id: Located<String>,
        title: LocalizedText? = nil,
        role: Located<String>? = nil,
        minDays: DayLimit? = nil,
        maxDays: DayLimit? = nil,
        exitCriteria: [Criterion] = [],
        branches: [Branch] = [],
        next: Located<String>? = nil,
        isTerminal: Bool = false,
        description: LocalizedText? = nil
    ) {
        self.id = id
        self.title = title
        self.role = role
        self.minDays = minDays
        self.maxDays = maxDays
        self.exitCriteria = exitCriteria
        self.branches = branches
        self.next = next
        self.isTerminal = isTerminal
        self.description = description
    }
}

/// `min_days` or `max_days`: a constant or an expression giving an int.
public enum DayLimit: Sendable {
    case constant(Located<Int>)
    case expression(ExpressionSource)
}

/// A condition: one expression, or a list that must all hold (joined with CEL `&&`).
public struct Condition: Sendable {
    /// The expressions in order.
    public var parts: [ExpressionSource]
    /// Where the `when` key's value starts.
    public var location: SourceLocation

    /// Creates a condition.
    public init(parts: [ExpressionSource], location: SourceLocation) {
        self.parts = parts
        self.location = location
    }
}

/// An exit criterion of a stage.
public struct Criterion: Sendable {
    /// The id, unique within its stage.
    public var id: Located<String>
    /// The condition.
    public var when: Condition
    /// Why it matters, for staff.
    public var because: LocalizedText?

    /// Creates a criterion.
    public init(id: Located<String>, when: Condition, because: LocalizedText?) {
        self.id = id
        self.when = when
        self.because = because
    }
}

/// A branch of a stage: a move to `to` when its condition holds.
public struct Branch: Sendable {
    /// The branch id (default `to-<stage>`).
    public var id: Located<String>
    /// The stage the branch moves to.
    public var to: Located<String>
    /// The condition.
    public var when: Condition
    /// Why it matters, for staff.
    public var because: LocalizedText?

    /// Creates a branch.
    public init(id: Located<String>, to: Located<String>, when: Condition, because: LocalizedText?) {
        self.id = id
        self.to = to
        self.when = when
        self.because = because
    }
}
