public import JalurDiagnostics
public import JalurModel

/// Runs every static check over a loaded ``Program`` and returns what they find, in a stable order.
///
/// The loader reports problems inside single documents (syntax, keys, types, expressions); the validator
/// reports problems between documents and in the shape of the pathway.
public struct ProgramValidator: Sendable {
    /// The checks to run, in order.
    public let checks: [any ProgramCheck]

    /// Creates a validator running `checks`; by default every check of ``standardChecks``.
    public init(checks: [any ProgramCheck] = ProgramValidator.standardChecks) {
        self.checks = checks
    }

    /// Every check that `jalur validate` runs.
    public static let standardChecks: [any ProgramCheck] = [
        UnknownFactsSchemaCheck(),
        UnknownStageCheck(),
        UnknownServiceCheck(),
        UnknownRuleCheck(),
        DayLimitCheck(),
        StageExitCheck(),
        SelfMoveCheck(),
        UnreachableStageCheck(),
        TerminalReachabilityCheck(),
        SuppressionCycleCheck(),
        RequirementCycleCheck(),
        UnusedServiceCheck(),
        RuleScopeCheck(),
        DuplicateRuleCheck(),
    ]

    /// Every problem the checks find in `program`, sorted by file, line, column, then code and message.
    ///
    /// - Complexity: Linear in the size of the program, apart from "did you mean" suggestions, which are
    ///   computed only for names that do not exist.
    public func validate(_ program: Program) -> [Diagnostic] {
        checks.flatMap { $0.diagnose(program) }.sorted(by: Diagnostic.stableOrder)
    }

    /// Every problem the checks find in a program the loader read with `loadDiagnostics`, leaving out those
    /// that may only follow from what the loader's errors dropped (see the README, "Validating rules").
    ///
    /// For example, when a stage has no usable `id` the loader reports it and drops the stage; the rules
    /// naming that stage are then not reported as `unknown-stage` until the stage is fixed.
    ///
    /// - Parameters:
    ///   - program: The program as loaded, possibly partial.
    ///   - loadDiagnostics: What the loader reported while reading it.
    /// - Returns: The validator's diagnostics only (not `loadDiagnostics`), sorted.
    public func validate(_ program: Program, loadDiagnostics: [Diagnostic]) -> [Diagnostic] {
        let gaps = LoadGaps(program: program, loadDiagnostics: loadDiagnostics)
        return validate(program).filter { !gaps.mayFollowFromGap($0) }
    }
}
