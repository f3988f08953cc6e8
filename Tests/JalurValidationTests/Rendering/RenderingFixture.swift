import Foundation
import JalurDiagnostics
import JalurTestSupport

/// A small program's diagnostics, one error and one warning, and the expected output of each format.
enum RenderingFixture {
    static let directory = Repository.root.appending(path: "Tests/JalurValidationTests/Fixtures/render")
    static let file = "Rules/referrals.yaml"

    static let diagnostics = [
        Diagnostic(
            code: "unknown-service",
            severity: .error,
            message: "rule 'detox-moderate-withdrawal' names service 'rsj-detx' in 'refer', "
                + "which no services document declares",
            location: SourceLocation(file: file, line: 7, column: 12),
            help: "did you mean 'rsj-detox'?"
        ),
        Diagnostic(
            code: "duplicate-rule",
            severity: .warning,
            message: "rule 'detox-again' duplicates rule 'detox-moderate-withdrawal': "
                + "same referral to 'rsj-detox', stages and condition",
            location: SourceLocation(file: file, line: 9, column: 9),
            help: "remove one of them, or merge their 'because' texts into rule 'detox-moderate-withdrawal' "
                + "(Rules/referrals.yaml:5:9)"
        ),
    ]

    static let summary = DiagnosticSummary(
        counting: diagnostics,
        statistics: [
            .init("documents", 1), .init("workflows", 0), .init("stages", 0), .init("rules", 2), .init("services", 0),
        ]
    )

    /// Reads program files from the fixture folder, counting reads.
    final class Reader: @unchecked Sendable {
        private(set) var reads: [String] = []

        func read(_ path: String) -> String? {
            reads.append(path)
            return try? String(contentsOf: directory.appending(path: path), encoding: .utf8)
        }
    }

    /// The expected output `expected.<format>` next to the fixture program.
    static func expected(_ format: String) throws -> String {
        try String(contentsOf: directory.appending(path: "expected.\(format)"), encoding: .utf8)
    }
}
