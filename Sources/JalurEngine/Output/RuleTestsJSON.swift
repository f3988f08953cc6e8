import JalurDiagnostics
/// The `jalur test --format json` renderer.
///
/// Every test with its status and failures, the totals, and coverage when asked for; one test per line, so
/// diffs of the output stay readable.
public struct RuleTestsJSON: Sendable {
    /// The least coverage percentage accepted, when `--coverage-min` is given.
    public let coverageMinimum: Double?

    /// Creates a renderer.
    public init(coverageMinimum: Double? = nil) {
        self.coverageMinimum = coverageMinimum
    }

    /// The JSON text, ending with a line break.
    public func render(_ report: RuleTestReport) -> String {
        JSONComposer.document { json in
            json.member("passed", report.passed)
            json.member("failed", report.failed)
            json.objects("tests", report.suites.flatMap(\.outcomes), lineIndent: 2) { write($1, &$0) }
            if let coverage = report.coverage {
                json.object("coverage") { write(coverage, &$0) }
            }
        }
    }

    private func write(_ outcome: RuleTestOutcome, _ json: inout JSONComposer) {
        json.member("suite", outcome.test.suite)
        json.member("name", outcome.test.name)
        json.member("location", outcome.test.location.description)
        json.member("status", outcome.status.rawValue)
        json.objects("failures", outcome.failures) { json, failure in
            json.member("key", failure.key)
            json.member("expected", failure.expected)
            json.member("actual", failure.actual)
            json.member("location", failure.location.description)
        }
        json.member("errors", strings: outcome.diagnostics.map(\.description))
    }

    private func write(_ coverage: CoverageReport, _ json: inout JSONComposer) {
        json.member("percentage", raw: coverage.percentageText)
        json.member("covered", coverage.covered)
        json.member("total", coverage.items.count)
        json.member("undetermined", coverage.undetermined)
        if let coverageMinimum {
            json.member("minimum", raw: RuleCoverageText.format(coverageMinimum))
            json.member("meets_minimum", coverage.meets(coverageMinimum))
        }
        json.objects("forward_moves", coverage.forwardMoves) { json, move in
            json.member("stage", move.stage)
            json.member("to", move.to)
            json.member("location", move.location.description)
            json.member("taken", move.isTaken)
        }
        json.objects("items", coverage.items, lineIndent: 4) { json, item in
            json.member(item.subject.rawValue, item.id)
            if let stage = item.stage { json.member("stage", stage) }
            json.member("location", item.location.description)
            json.member("true", item.seenTrue)
            json.member("false", item.seenFalse)
            json.member("undetermined", item.seenUndetermined)
            json.member("covered", item.isCovered)
        }
    }
}
