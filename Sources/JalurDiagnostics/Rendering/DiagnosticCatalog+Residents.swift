extension DiagnosticCatalog {
    /// Codes only resident files give (`jalur next`, `test`, `simulate`); they also use loading codes such as
    /// `unknown-key`, `wrong-type` and `unknown-stage`.
    public static let residents: [DiagnosticCodeInfo] = [
        entry(
            "file-not-found",
            .error,
            "a resident file or folder given to a command does not exist",
            "name a resident file (.yaml, .json), a .jsonl batch, or a folder of them"
        ),
        entry(
            "no-resident-files",
            .error,
            "a folder given to a command holds no resident files",
            "put .yaml, .yml, .json or .jsonl resident files in it, or name another folder"
        ),
        entry("invalid-utf8", .error, "a resident file is not valid UTF-8", "save the file as UTF-8"),
        entry("invalid-yaml", .error, "a resident file is not valid YAML", "fix the YAML syntax at the position shown"),
        entry(
            "invalid-json",
            .error,
            "a resident file or JSON Lines entry is not valid JSON",
            "fix the JSON at the position shown"
        ),
        entry(
            "line-too-long",
            .error,
            "a line of a JSON Lines batch is implausibly long",
            "write one resident per line"
        ),
        entry(
            "unknown-workflow",
            .error,
            "a resident names a workflow the program does not have",
            "name one of the program's workflows in 'workflow'"
        ),
        entry(
            "workflow-not-compiled",
            .error,
            "a resident's workflow has errors, so it cannot be evaluated",
            "run 'jalur validate' and fix the workflow"
        ),
        entry(
            "unknown-fact",
            .error,
            "a resident records a fact the facts schema does not declare",
            "fix the spelling, or declare the field in the facts schema"
        ),
        entry(
            "missing-required-fact",
            .error,
            "a resident lacks a fact the schema marks 'required: true'",
            "record the fact"
        ),
        entry(
            "not-a-bool",
            .error,
            "a bool fact is written as yes, no, on or off, which are strings in YAML 1.2",
            "write true or false"
        ),
        entry("integer-overflow", .error, "an int fact does not fit in 64 bits", "record a smaller whole number"),
        entry("non-finite-number", .error, "a number fact is NaN or infinite", "leave the fact out if it is unknown"),
        entry(
            "out-of-range",
            .error,
            "a number fact is outside the field's 'min' and 'max'",
            "record a value within the bounds"
        ),
        entry(
            "invalid-date",
            .error,
            "a date fact or referral date is not an existing YYYY-MM-DD day",
            "write an existing day as YYYY-MM-DD"
        ),
        entry(
            "unknown-referral-status",
            .error,
            "a referral's 'status' is not suggested, pending, accepted, declined or completed",
            "use one of the statuses"
        ),
        entry(
            "date-after-as-of",
            .error,
            "a resident's 'stage_entered_on' or 'admitted_on' is later than the as-of date",
            "correct the date, or evaluate with a later --as-of"
        ),
    ]
}
