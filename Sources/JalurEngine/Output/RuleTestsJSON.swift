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
        var json = JSONComposer(isSpaced: true)
        json.beginObject()
        json.key("passed")
        json.int(report.passed)
        json.key("failed")
        json.int(report.failed)
        json.key("tests")
        json.beginArray()
        for result in report.suites {
            for outcome in result.outcomes {
                json.breakLine(indent: 2)
                write(outcome, &json)
            }
        }
        json.newline(indent: 0)
        json.endArray()
        if let coverage = report.coverage {
            json.key("coverage")
            write(coverage, &json)
        }
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }

    private func write(_ outcome: RuleTestOutcome, _ json: inout JSONComposer) {
        json.beginObject()
        json.key("suite")
        json.string(outcome.test.suite)
        json.key("name")
        json.string(outcome.test.name)
        json.key("location")
        json.string(outcome.test.location.description)
        json.key("status")
        json.string(outcome.status.rawValue)
        json.key("failures")
        json.beginArray()
        for failure in outcome.failures {
            json.beginObject()
            json.key("key")
            json.string(failure.key)
            json.key("expected")
            json.string(failure.expected)
            json.key("actual")
            json.string(failure.actual)
            json.key("location")
            json.string(failure.location.description)
            json.endObject()
        }
        json.endArray()
        json.key("errors")
        json.strings(outcome.diagnostics.map(\.description))
        json.endObject()
    }

    private func write(_ coverage: CoverageReport, _ json: inout JSONComposer) {
        json.beginObject()
        json.key("percentage")
        json.raw(coverage.percentageText)
        json.key("covered")
        json.int(coverage.covered)
        json.key("total")
        json.int(coverage.items.count)
        json.key("undetermined")
        json.int(coverage.undetermined)
        if let coverageMinimum {
            json.key("minimum")
            json.raw(RuleCoverageText.format(coverageMinimum))
            json.key("meets_minimum")
            json.bool(coverage.meets(coverageMinimum))
        }
        writeForwardMoves(coverage.forwardMoves, &json)
        writeItems(coverage.items, &json)
        json.endObject()
    }

    private func writeForwardMoves(_ moves: [ForwardMove], _ json: inout JSONComposer) {
        json.key("forward_moves")
        json.beginArray()
        for move in moves {
            json.beginObject()
            json.key("stage")
            json.string(move.stage)
            json.key("to")
            json.string(move.to)
            json.key("location")
            json.string(move.location.description)
            json.key("taken")
            json.bool(move.isTaken)
            json.endObject()
        }
        json.endArray()
    }

    private func writeItems(_ items: [CoverageItem], _ json: inout JSONComposer) {
        json.key("items")
        json.beginArray()
        for item in items {
            json.breakLine(indent: 4)
            json.beginObject()
            json.key(item.subject.rawValue)
            json.string(item.id)
            if let stage = item.stage {
                json.key("stage")
                json.string(stage)
            }
            json.key("location")
            json.string(item.location.description)
            json.key("true")
            json.bool(item.seenTrue)
            json.key("false")
            json.bool(item.seenFalse)
            json.key("undetermined")
            json.bool(item.seenUndetermined)
            json.key("covered")
            json.bool(item.isCovered)
            json.endObject()
        }
        json.newline(indent: 2)
        json.endArray()
    }
}
