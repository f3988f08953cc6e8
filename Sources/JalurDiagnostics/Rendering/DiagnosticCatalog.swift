/// Every diagnostic code Jalur emits, with its severity, meaning and general fix.
///
/// SARIF output takes its rules from here, and a test checks that the README's "Diagnostic codes" table
/// lists each code. A code missing from the catalog still renders, with its code as description.
public enum DiagnosticCatalog {
    /// The information for `code`, if the catalog has it.
    public static func info(for code: String) -> DiagnosticCodeInfo? { byCode[code] }

    /// Every entry, sorted by code.
    public static var all: [DiagnosticCodeInfo] { (loading + residents + validation).sorted { $0.code < $1.code } }

    private static let byCode: [String: DiagnosticCodeInfo] = Dictionary(
        (loading + residents + validation).map { ($0.code, $0) },
        uniquingKeysWith: { first, _ in first }
    )

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

    /// Codes the loader reports for files, documents and expressions (`JalurLoader`, `JalurExpression`).
    public static let loading: [DiagnosticCodeInfo] = [
        entry(
            "path-not-found",
            .error,
            "a path given on the command line does not exist",
            "check the path; by default jalur reads 'Workflows' and 'Rules' in the current folder"
        ),
        entry(
            "no-yaml-files",
            .error,
            "a folder given holds no '.yaml' or '.yml' files",
            "point jalur at the folder with the program's YAML files"
        ),
        entry(
            "unreadable-file",
            .error,
            "a file cannot be read",
            "check that the file exists and that you may read it"
        ),
        entry(
            "file-too-large",
            .error,
            "a file is larger than the loader's size limit",
            "split the file into smaller ones"
        ),
        entry("invalid-encoding", .error, "a file is not valid UTF-8", "save the file as UTF-8"),
        entry(
            "empty-file",
            .warning,
            "a file holds no YAML document",
            "add a document starting with 'jalur: 1', or delete the file"
        ),
        entry("yaml-syntax", .error, "the YAML cannot be parsed", "fix the YAML syntax at the position shown"),
        entry("duplicate-key", .error, "a key appears twice in one mapping", "remove or merge the repeated key"),
        entry(
            "too-many-nodes",
            .error,
            "aliases expand the file to more YAML nodes than the loader allows (an alias bomb)",
            "remove the repeated aliases"
        ),
        entry(
            "nesting-too-deep",
            .error,
            "YAML or an expression nests deeper than the loader allows",
            "flatten the structure, or split the expression into derived names"
        ),
        entry(
            "wrong-type",
            .error,
            "a value has the wrong YAML type (for example a list where a mapping is expected)",
            "write the kind of value the key expects"
        ),
        entry(
            "unsupported-version",
            .error,
            "a document's 'jalur:' format version is not supported",
            "write 'jalur: 1'"
        ),
        entry(
            "unknown-kind",
            .error,
            "a document's 'kind' is not workflow, facts, services, rules, tests or scenario",
            "use one of the document kinds"
        ),
        entry(
            "unknown-key",
            .error,
            "a key that the document kind does not define",
            "fix the spelling (the help line suggests the closest key) or remove it"
        ),
        entry("missing-key", .error, "a required key is missing", "add the key"),
        entry(
            "misplaced-key",
            .error,
            "a key that does not apply here, such as 'min' on a field that is not a number",
            "remove it, or change the field's 'type'"
        ),
        entry(
            "invalid-id",
            .error,
            "an id does not match [a-z0-9][a-z0-9-_]*",
            "use lowercase letters, digits, '-' and '_', starting with a letter or digit"
        ),
        entry(
            "invalid-name",
            .error,
            "a fact field or derived name cannot be used in expressions",
            "start with a letter or '_' and use letters, digits and '_'"
        ),
        entry(
            "reserved-name",
            .error,
            "a derived name is one of the variables the engine provides (such as 'stage' or 'today')",
            "choose another name"
        ),
        entry(
            "invalid-value",
            .error,
            "a value is outside what the key allows (a negative number of days, an unknown role or urgency …)",
            "use one of the values the help line lists"
        ),
        entry(
            "invalid-range",
            .error,
            "a field's 'min' is greater than its 'max'",
            "swap them, or fix the bound that is wrong"
        ),
        entry(
            "invalid-language",
            .error,
            "a key of a translated text is not a language code",
            "use language codes such as 'en' and 'id'"
        ),
        entry(
            "duplicate-id",
            .error,
            "two documents of one kind, two rules, two services, or two stages, criteria or branches of one scope share an id",
            "give each its own id"
        ),
        entry("duplicate-value", .error, "an enum lists one value twice", "remove the repeated value"),
        entry(
            "missing-action",
            .error,
            "a rule has none of 'refer', 'aftercare' and 'alert'",
            "add exactly one of them"
        ),
        entry(
            "conflicting-actions",
            .error,
            "a rule has more than one of 'refer', 'aftercare' and 'alert'",
            "split it into one rule per action"
        ),
        entry("derived-cycle", .error, "derived names use each other in a cycle", "make one of them use facts only"),
        entry(
            "expression-type",
            .error,
            "an expression gives the wrong type (a condition must give a bool, 'min_days' an int)",
            "compare the value, for example 'resident.age >= 18'"
        ),
        entry("expression-syntax", .error, "an expression cannot be parsed", "fix the expression at the caret"),
        entry(
            "expression-too-long",
            .error,
            "an expression is longer than the parser allows",
            "split it into derived names"
        ),
        entry(
            "unknown-identifier",
            .error,
            "an expression uses a name that is neither a variable in scope nor a derived name",
            "fix the spelling (the help line suggests the closest name)"
        ),
        entry(
            "unknown-field",
            .error,
            "an expression reads a field the facts schema does not declare",
            "fix the spelling, or declare the field in the facts schema"
        ),
        entry(
            "unknown-function",
            .error,
            "an expression calls a function the language does not have",
            "fix the spelling (the help line suggests the closest function)"
        ),
        entry(
            "unknown-enum-value",
            .error,
            "an expression compares an enum (or 'stage') with a value outside it",
            "use one of the declared values"
        ),
        entry(
            "wrong-arguments",
            .error,
            "a function is called with the wrong number of arguments",
            "check the function's arguments in the expression reference"
        ),
        entry(
            "type-mismatch",
            .error,
            "an operator or function is applied to values of the wrong types",
            "convert one side, or compare values of the same type"
        ),
        entry("invalid-regex", .error, "a 'matches' pattern is not a valid regular expression", "fix the pattern"),
    ]

    /// Codes only resident files give (`jalur next`, `test`, `simulate`); they also use loading codes such as
    /// `unknown-key`, `wrong-type` and `unknown-stage`.
    public static let residents: [DiagnosticCodeInfo] = [
        entry("file-not-found", .error, "a resident file or folder given to a command does not exist", "name a resident file (.yaml, .json), a .jsonl batch, or a folder of them"),
        entry("invalid-utf8", .error, "a resident file is not valid UTF-8", "save the file as UTF-8"),
        entry("invalid-yaml", .error, "a resident file is not valid YAML", "fix the YAML syntax at the position shown"),
        entry("invalid-json", .error, "a resident file or JSON Lines entry is not valid JSON", "fix the JSON at the position shown"),
        entry("line-too-long", .error, "a line of a JSON Lines batch is implausibly long", "write one resident per line"),
        entry("unknown-workflow", .error, "a resident names a workflow the program does not have", "name one of the program's workflows in 'workflow'"),
        entry("workflow-not-compiled", .error, "a resident's workflow has errors, so it cannot be evaluated", "run 'jalur validate' and fix the workflow"),
        entry("unknown-fact", .error, "a resident records a fact the facts schema does not declare", "fix the spelling, or declare the field in the facts schema"),
        entry("missing-required-fact", .error, "a resident lacks a fact the schema marks 'required: true'", "record the fact"),
        entry("not-a-bool", .error, "a bool fact is written as yes, no, on or off, which are strings in YAML 1.2", "write true or false"),
        entry("integer-overflow", .error, "an int fact does not fit in 64 bits", "record a smaller whole number"),
        entry("non-finite-number", .error, "a number fact is NaN or infinite", "leave the fact out if it is unknown"),
        entry("out-of-range", .error, "a number fact is outside the field's 'min' and 'max'", "record a value within the bounds"),
        entry("invalid-date", .error, "a date fact or referral date is not an existing YYYY-MM-DD day", "write an existing day as YYYY-MM-DD"),
        entry("unknown-referral-status", .error, "a referral's 'status' is not suggested, pending, accepted, declined or completed", "use one of the statuses"),
    ]

    private static func entry(
        _ code: String,
        _ severity: Severity,
        _ summary: String,
        _ help: String
    )
        -> DiagnosticCodeInfo
    {
        DiagnosticCodeInfo(code: code, severity: severity, summary: summary, help: help)
    }
}
