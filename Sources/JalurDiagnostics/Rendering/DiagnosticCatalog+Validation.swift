extension DiagnosticCatalog {
    /// Codes of the checks over a whole program (`JalurValidation`).
    public static let validation: [DiagnosticCodeInfo] = [
        entry(
            "unknown-facts-schema",
            .error,
            "a workflow's 'facts' names no facts schema of the program",
            "name the id of a 'kind: facts' document, or add one"
        ),
        entry(
            "unknown-stage",
            .error,
            "'start', 'next', a branch 'to' or a rule's 'stages' names a stage that does not exist",
            "fix the spelling (the help line suggests the closest stage) or add the stage"
        ),
        entry(
            "unknown-service",
            .error,
            "a rule's 'refer', 'aftercare' or 'requires' names a service that no services document declares",
            "fix the spelling or declare the service in a 'kind: services' document"
        ),
        entry(
            "unknown-rule",
            .error,
            "a rule's 'suppressed_by' names a rule that does not exist",
            "fix the spelling or remove the entry"
        ),
        entry(
            "min-days-exceeds-max-days",
            .error,
            "a stage's constant 'min_days' is greater than its constant 'max_days'",
            "lower 'min_days' or raise 'max_days'"
        ),
        entry(
            "terminal-stage-has-next",
            .error,
            "a stage marked 'terminal: true' has a 'next'",
            "remove 'next', or remove 'terminal: true'"
        ),
        entry(
            "dead-end-stage",
            .error,
            "a stage that is not terminal has neither 'next' nor 'branches', so residents can never leave it",
            "add 'next', or mark the stage 'terminal: true'"
        ),
        entry(
            "no-terminal-stage",
            .error,
            "a workflow has no terminal stage, so no resident can finish it",
            "mark the last stage 'terminal: true'"
        ),
        entry(
            "no-path-to-terminal",
            .error,
            "no terminal stage can be reached from a stage through 'next' and branches",
            "give the stage, or a stage it leads to, a way toward a terminal stage"
        ),
        entry(
            "unreachable-stage",
            .warning,
            "a stage cannot be reached from the workflow's 'start' through 'next' and branches",
            "name it in another stage's 'next' or a branch 'to', or delete it"
        ),
        entry(
            "self-branch",
            .warning,
            "a branch moves residents to the stage they are already in",
            "point 'to' at another stage, or remove the branch"
        ),
        entry(
            "self-next",
            .warning,
            "a stage's 'next' is the stage itself",
            "name the stage that follows"
        ),
        entry(
            "suppression-cycle",
            .error,
            "rules suppress each other in a cycle through 'suppressed_by', which must be acyclic",
            "remove one 'suppressed_by' entry of the cycle"
        ),
        entry(
            "requirement-cycle",
            .warning,
            "a rule requires its own service, or services require each other in a cycle through 'requires', "
                + "so their referrals stay blocked",
            "remove one 'requires' entry of the cycle"
        ),
        entry(
            "unused-service",
            .warning,
            "no rule names a service (other than 'type: internal') in 'refer', 'aftercare' or 'requires'",
            "add a rule that refers to it, remove it, or give it 'type: internal'"
        ),
        entry(
            "rule-never-in-scope",
            .warning,
            "a rule can never be in scope: its 'stages' are empty or unreachable, or it is an aftercare rule "
                + "without 'stages' and no terminal stage is reachable",
            "list a reachable stage in 'stages'"
        ),
        entry(
            "duplicate-rule",
            .warning,
            "two rules have the same service (or alert level), the same stages and the same condition",
            "remove one, or merge their 'because' texts"
        ),
    ]
}
