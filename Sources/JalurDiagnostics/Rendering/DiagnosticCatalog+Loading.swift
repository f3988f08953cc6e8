extension DiagnosticCatalog {
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
            "complex-key",
            .error,
            "a mapping key is an alias, a list, a mapping or a '?' key rather than a plain name",
            "write the key as a name such as 'id'"
        ),
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
}
