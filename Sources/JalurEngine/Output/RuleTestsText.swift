import JalurDiagnostics
public import JalurModel

/// `jalur test` text output: each failing test with expected against actual and the trace of the rules
/// involved, then coverage when asked for, then `N passed, M failed` as the last line.
public struct RuleTestsText: Sendable {
    /// The program the tests ran against.
    public let program: Program
    /// Colours, or plain text.
    public let style: TextStyle
    /// The least coverage percentage accepted, when `--coverage-min` is given.
    public let coverageMinimum: Double?

    /// Creates a renderer.
    public init(program: Program, style: TextStyle = .plain, coverageMinimum: Double? = nil) {
        self.program = program
        self.style = style
        self.coverageMinimum = coverageMinimum
    }

    /// The whole output, ending with a line break.
    public func render(_ report: RuleTestReport) -> String {
        var lines: [String] = []
        for result in report.suites {
            for outcome in result.outcomes where outcome.status != .passed {
                lines += failureLines(outcome)
                lines.append("")
            }
        }
        if let coverage = report.coverage {
            lines += RuleCoverageText(style: style, minimum: coverageMinimum).lines(coverage)
            lines.append("")
        }
        let summary = report.summaryLine
        lines.append(report.failed == 0 ? style.green(summary) : style.red(summary))
        return lines.joined(separator: "\n") + "\n"
    }

    func failureLines(_ outcome: RuleTestOutcome) -> [String] {
        let test = outcome.test
        let verdict = outcome.status == .error ? style.red("ERROR") : style.red("FAIL")
        var lines = ["\(verdict) \(test.location): \(style.bold(test.name)) (\(test.suite))"]
        for diagnostic in outcome.diagnostics {
            lines.append("  \(diagnostic)")
            if let help = diagnostic.help { lines.append("    help: \(help)") }
        }
        for failure in outcome.failures {
            lines.append("  \(failure.key): expected \(failure.expected)")
            lines.append("  \(String(repeating: " ", count: failure.key.count))  actual \(failure.actual)")
        }
        if let evaluation = outcome.evaluation, !outcome.failures.isEmpty {
            lines += traceLines(outcome.failures, evaluation)
        }
        return lines
    }

    private func traceLines(_ failures: [RuleTestFailure], _ evaluation: Evaluation) -> [String] {
        let (entries, outOfScope) = RuleTestInvolvement(program: program).entries(for: failures, in: evaluation)
        var lines: [String] = []
        for entry in entries {
            let outcome: String =
                switch entry.outcome {
                case .true: style.green("true")
                case .false: "false"
                case .undetermined: style.yellow("undetermined")
                }
            lines.append("    \(entry.subject.rawValue) \(entry.id): \(outcome)")
            lines.append("        " + style.dim(entry.condition))
            if !entry.evidence.isEmpty {
                lines.append(
                    "        read: " + entry.evidence.map { "\($0.path) = \($0.json)" }.joined(separator: ", ")
                )
            }
            if let note = entry.note { lines.append("        \(note)") }
        }
        for rule in outOfScope {
            lines.append("    rule \(rule): not in scope at stage \(evaluation.stage.id)")
        }
        guard !lines.isEmpty else { return [] }
        let days = evaluation.stage.daysInStage
        return ["  trace (stage \(evaluation.stage.id), \(days) \(days == 1 ? "day" : "days") in stage):"] + lines
    }
}

/// The coverage part of `jalur test --coverage` text output.
struct RuleCoverageText {
    let style: TextStyle
    let minimum: Double?

    func lines(_ coverage: CoverageReport) -> [String] {
        let total = coverage.items.count
        var lines = [
            "coverage: \(coverage.percentageText)% (\(coverage.covered) of \(total) rules, criteria and branches "
                + "seen both true and false); \(coverage.undetermined) seen undetermined"
        ]
        let uncovered = coverage.uncovered
        if !uncovered.isEmpty {
            lines.append("not covered:")
            for item in uncovered {
                let where_ = "\(item.location.file):\(item.location.line)"
                lines.append("  \(where_): \(item.label): \(style.yellow(item.gap))")
            }
        }
        let untaken = coverage.forwardMoves.filter { !$0.isTaken }
        if !untaken.isEmpty {
            lines.append("forward moves no test takes (not counted above):")
            for move in untaken {
                lines.append("  \(move.location.file):\(move.location.line): \(move.stage) → \(move.to)")
            }
        }
        if let minimum, let shortfall = coverage.shortfall(below: minimum) {
            lines.append(style.red(shortfall))
        }
        return lines
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
