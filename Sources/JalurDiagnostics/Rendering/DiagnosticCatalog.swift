/// Every diagnostic code Jalur emits, with its severity, meaning and general fix.
///
/// SARIF output takes its rules from here, and a test checks that the README's "Diagnostic codes" table
/// lists each code. A code missing from the catalog still renders, with its code as description.
public enum DiagnosticCatalog {
    /// The information for `code`, if the catalog has it.
    public static func info(for code: String) -> DiagnosticCodeInfo? { byCode[code] }

    /// Every entry, sorted by code.
    public static var all: [DiagnosticCodeInfo] {
        (loading + residents + scenarios + commands + validation).sorted { $0.code < $1.code }
    }

    private static let byCode: [String: DiagnosticCodeInfo] = Dictionary(
        (loading + residents + scenarios + commands + validation).map { ($0.code, $0) },
        uniquingKeysWith: { first, _ in first }
    )

    static func entry(
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
