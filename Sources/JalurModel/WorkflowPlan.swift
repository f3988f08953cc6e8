public import JalurExpression

/// A workflow with every expression compiled against its facts schema, ready for the engine.
///
/// Arrays run parallel to the model: ``stages`` to ``Workflow/stages``, ``rules`` to ``Program/rules``.
public struct WorkflowPlan: Sendable {
    /// The environment every expression of this workflow was compiled in.
    public var environment: ExprEnvironment
    /// The record type of the `resident` variable, built from the facts schema.
    public var residentType: ObjectType
    /// Slots of the variables SPEC §3 puts in scope.
    public var slots: StandardSlots
    /// Derived names in dependency order (a name comes after every name it uses).
    public var derived: [DerivedPlan]
    /// One per stage of the workflow, same order.
    public var stages: [StagePlan]
    /// One per rule of the program, same order.
    public var rules: [ConditionPlan]

    /// Creates a plan.
    public init(
        environment: ExprEnvironment,
        residentType: ObjectType,
        slots: StandardSlots,
        derived: [DerivedPlan],
        stages: [StagePlan],
        rules: [ConditionPlan]
    ) {
        self.environment = environment
        self.residentType = residentType
        self.slots = slots
        self.derived = derived
        self.stages = stages
        self.rules = rules
    }
}

/// Slots of the built-in variables: `resident`, `stage`, `days_in_stage`, `days_in_program`, `today`,
/// `referrals`.
public struct StandardSlots: Sendable {
    /// The `resident` variable: the facts record.
    public var resident: VariableSlot
    /// The `stage` variable: the current stage id.
    public var stage: VariableSlot
    /// The `days_in_stage` variable.
    public var daysInStage: VariableSlot
    /// The `days_in_program` variable.
    public var daysInProgram: VariableSlot
    /// The `today` variable: the as-of date as a timestamp.
    public var today: VariableSlot
    /// The `referrals` variable: the referral history.
    public var referrals: VariableSlot

    /// Creates the slots.
    public init(
        resident: VariableSlot,
        stage: VariableSlot,
        daysInStage: VariableSlot,
        daysInProgram: VariableSlot,
        today: VariableSlot,
        referrals: VariableSlot
    ) {
        self.resident = resident
        self.stage = stage
        self.daysInStage = daysInStage
        self.daysInProgram = daysInProgram
        self.today = today
        self.referrals = referrals
    }
}

/// A compiled derived name.
public struct DerivedPlan: Sendable {
    /// The derived name as rules write it.
    public var name: String
    /// The variable slot it is bound to.
    public var slot: VariableSlot
    /// Its compiled expression.
    public var expression: CompiledExpression
    /// Fact paths it reads, directly or through other derived names, sorted, unique.
    public var factPaths: [String]

    /// Creates a derived plan.
    public init(name: String, slot: VariableSlot, expression: CompiledExpression, factPaths: [String]) {
        self.name = name
        self.slot = slot
        self.expression = expression
        self.factPaths = factPaths
    }
}

/// A compiled condition: its parts (joined with CEL `&&`) and every fact path they read.
public struct ConditionPlan: Sendable {
    /// The compiled expressions, in the order written.
    public var parts: [CompiledExpression]
    /// Fact paths read directly or through derived names, sorted, unique.
    public var factPaths: [String]

    /// Creates a condition plan.
    public init(parts: [CompiledExpression], factPaths: [String]) {
        self.parts = parts
        self.factPaths = factPaths
    }
}

/// `min_days` or `max_days` compiled.
public enum DayLimitPlan: Sendable {
    case constant(Int)
    case expression(CompiledExpression, factPaths: [String])
}

/// A compiled stage.
public struct StagePlan: Sendable {
    /// `min_days`, when the stage sets it.
    public var minDays: DayLimitPlan?
    /// `max_days`, when the stage sets it.
    public var maxDays: DayLimitPlan?
    /// One per exit criterion, same order.
    public var exitCriteria: [ConditionPlan]
    /// One per branch, same order.
    public var branches: [ConditionPlan]

    /// Creates a stage plan.
    public init(
        minDays: DayLimitPlan?,
        maxDays: DayLimitPlan?,
        exitCriteria: [ConditionPlan],
        branches: [ConditionPlan]
    ) {
        self.minDays = minDays
        self.maxDays = maxDays
        self.exitCriteria = exitCriteria
        self.branches = branches
    }
}
