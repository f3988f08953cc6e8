import JalurDiagnostics
public import JalurModel

/// The `jalur test --format junit` renderer: JUnit XML for CI dashboards.
///
/// One `testsuite` per `kind: tests` document and one `testcase` per test. It carries no times or dates, so
/// the same run gives the same bytes.
public struct RuleTestsJUnit: Sendable {
    /// The program the tests ran against (for the trace in failure bodies).
    public let program: Program

    /// Creates a renderer.
    public init(program: Program) {
        self.program = program
    }

    /// The XML document, ending with a line break.
    public func render(_ report: RuleTestReport) -> String {
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#]
        let errors = report.suites.reduce(0) {
            $0 + $1.outcomes.count { $0.status == .error } + $1.suite.malformedCount
        }
        let total = report.passed + report.failed
        lines.append(
            #"<testsuites name="jalur test" tests="\#(total)" failures="\#(report.failed - errors)" errors="\#(errors)">"#
        )
        for result in report.suites {
            lines += suiteLines(result)
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func suiteLines(_ result: RuleTestSuiteResult) -> [String] {
        let suite = result.suite
        let failures = result.outcomes.count { $0.status == .failed }
        let errors = result.outcomes.count { $0.status == .error } + suite.malformedCount
        let tests = result.outcomes.count + suite.malformedCount
        var lines = [
            "  <testsuite name=\"\(Self.escape(suite.id))\" tests=\"\(tests)\" failures=\"\(failures)\" "
                + "errors=\"\(errors)\" file=\"\(Self.escape(suite.location.file))\">"
        ]
        let text = RuleTestsText(program: program)
        for outcome in result.outcomes {
            let test = outcome.test
            let open =
                "    <testcase name=\"\(Self.escape(test.name))\" classname=\"\(Self.escape(suite.id))\" "
                + "file=\"\(Self.escape(test.location.file))\" line=\"\(test.location.line)\""
            guard outcome.status != .passed else {
                lines.append(open + "/>")
                continue
            }
            lines.append(open + ">")
            let tag = outcome.status == .error ? "error" : "failure"
            let message = (outcome.failures.map(\.message) + outcome.diagnostics.map(\.message)).joined(separator: "; ")
            let body = text.failureLines(outcome).joined(separator: "\n")
            lines.append("      <\(tag) message=\"\(Self.escape(message))\">\(Self.escape(body))</\(tag)>")
            lines.append("    </testcase>")
        }
        for number in stride(from: 1, through: suite.malformedCount, by: 1) {
            lines.append(
                "    <testcase name=\"unreadable test \(number)\" classname=\"\(Self.escape(suite.id))\">"
                    + "<error message=\"the test has errors; run jalur test for them\"/></testcase>"
            )
        }
        lines.append("  </testsuite>")
        return lines
    }

    /// Escapes XML special characters and drops control characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\t", "\r": result += "&#\(scalar.value);"
            default:
                if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
