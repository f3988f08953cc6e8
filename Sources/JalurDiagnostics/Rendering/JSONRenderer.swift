/// The `json` format: one object with the diagnostics and a summary.
///
/// ```json
/// {
///   "diagnostics": [
///     {"file": "Rules/referrals.yaml", "line": 12, "column": 11, "severity": "error",
///      "code": "unknown-service", "message": "...", "help": "did you mean 'rsj-detox'?"}
///   ],
///   "summary": {"passed": false, "strict": false, "errors": 1, "warnings": 0, "notes": 0,
///               "documents": 9, "workflows": 1, "stages": 7, "rules": 42, "services": 28}
/// }
/// ```
/// `line` and `column` are 1-based (the column counts Unicode scalars); `help` is `null` when there is none.
/// The summary's counts of what was checked follow the severities, in the order the command gives them.
public struct JSONRenderer: DiagnosticRenderer {
    /// Creates a renderer.
    public init() {}

    /// The JSON object with `diagnostics` and `summary`, pretty-printed with two-space indentation.
    public func render(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) -> String {
        JSONText.object([
            ("diagnostics", .array(diagnostics.map(Self.object))),
            ("summary", Self.object(summary)),
        ]).prettyPrinted
    }

    static func object(_ diagnostic: Diagnostic) -> JSONText {
        .object([
            ("file", .string(diagnostic.location.file)),
            ("line", .int(diagnostic.location.line)),
            ("column", .int(diagnostic.location.column)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", .string(diagnostic.code)),
            ("message", .string(diagnostic.message)),
            ("help", .optional(diagnostic.help)),
        ])
    }

    static func object(_ summary: DiagnosticSummary) -> JSONText {
        let counts: [(key: String, value: JSONText)] = [
            ("passed", .bool(summary.passed)),
            ("strict", .bool(summary.isStrict)),
            ("errors", .int(summary.errors)),
            ("warnings", .int(summary.warnings)),
            ("notes", .int(summary.notes)),
        ]
        return .object(counts + summary.statistics.map { ($0.name, .int($0.value)) })
    }
}
