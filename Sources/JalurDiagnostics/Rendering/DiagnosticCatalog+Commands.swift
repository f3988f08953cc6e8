extension DiagnosticCatalog {
    /// Codes about a command's own inputs: `jalur eval --vars`, resident batches, test residents and timelines.
    public static let commands: [DiagnosticCodeInfo] = [
        entry(
            "duplicate-resident",
            .error,
            "a resident id appears twice in one run; the second resident is not evaluated",
            "give every resident its own id"
        ),
        entry(
            "evaluation-error",
            .error,
            "`jalur eval`: evaluating the expression failed (overflow, division by zero, a missing key …)",
            "check the expression and the values given with --vars"
        ),
        entry(
            "integer-out-of-range",
            .error,
            "`jalur eval --vars`: a JSON integer does not fit in a 64-bit int",
            "write it with a fraction (1.0e19) if a double is meant"
        ),
        entry(
            "invalid-vars",
            .error,
            "`jalur eval --vars`: the file does not hold a JSON object of variables",
            "wrap the variables in an object, e.g. {\"score\": 15}"
        ),
        entry(
            "invalid-test-resident",
            .error,
            "a test's `file:` does not name a readable file holding exactly one resident",
            "name a file with one resident, relative to the tests file"
        ),
        entry(
            "one-resident",
            .error,
            "`jalur simulate RESIDENT --events`: the resident file does not hold exactly one resident",
            "put one resident in the file"
        ),
    ]
}
