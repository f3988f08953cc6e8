extension DiagnosticCatalog {
    /// Codes only simulation inputs give: `kind: scenario` documents (checked by `jalur validate` and
    /// `jalur simulate --scenario`) and timeline events files; they also use loading and resident codes such as
    /// `unknown-key`, `missing-key`, `wrong-type`, `unknown-fact` and `unknown-stage`.
    public static let scenarios: [DiagnosticCodeInfo] = [
        entry(
            "invalid-scenario",
            .error,
            "a scenario document has no content, or its content is not a mapping",
            "write the scenario's keys (start, arrivals, …) under its header"
        ),
        entry(
            "invalid-distribution",
            .error,
            "a fact distribution is malformed or does not fit the fact's type",
            "give exactly one of value, weights, choose, uniform, normal or chance that fits the fact"
        ),
        entry(
            "invalid-chance",
            .error,
            "an event's 'chance' is not {per_day: P} or {per_week: P} with 0 ≤ P ≤ 1",
            "for example chance: {per_week: 0.1}"
        ),
        entry(
            "invalid-days",
            .error,
            "a referral's 'days' is not a whole number or [min, max]",
            "for example days: [3, 10]"
        ),
        entry(
            "empty-event",
            .error,
            "an event sets, samples and computes nothing",
            "add 'set', 'sample' or 'compute', or remove the event"
        ),
        entry(
            "invalid-events",
            .error,
            "a timeline events file does not hold exactly one YAML document",
            "start the file with 'events:'"
        ),
    ]
}
