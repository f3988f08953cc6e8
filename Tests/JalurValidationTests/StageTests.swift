import JalurDiagnostics
import JalurModel
import Testing

/// `min-days-exceeds-max-days`, `terminal-stage-has-next`, `dead-end-stage`, `self-branch` and `self-next`.
struct StageTests {
    private let workflow = SampleProgram.workflowFile

    @Test func minDaysAboveMaxDaysIsAnError() throws {
        let program = sample { $0.workflows[0].stages[0].minDays = .constant(located(30, 8, 15)) }
        let found = diagnostics(program)
        #expect(found.map(Finding.init) == [Finding("min-days-exceeds-max-days", .error, workflow, 8, 15)])
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message.contains("30") && diagnostic.message.contains("14"))
        #expect(diagnostic.help?.contains("line 9") == true)
    }

    @Test func equalDayLimitsAreFine() {
        #expect(findings(sample { $0.workflows[0].stages[0].minDays = .constant(located(14, 8, 15)) }).isEmpty)
    }

    @Test func expressionDayLimitsAreNotCompared() {
        let expression = ExpressionSource(
            text: "severe_case ? 180 : 90",
            location: SourceLocation(file: workflow, line: 8, column: 15)
        )
        #expect(findings(sample { $0.workflows[0].stages[0].minDays = .expression(expression) }).isEmpty)
    }

    @Test func terminalStageWithNextIsAnError() {
        let program = sample { $0.workflows[0].stages[3].next = located("preparation", 20, 11) }
        #expect(findings(program) == [Finding("terminal-stage-has-next", .error, workflow, 20, 11)])
    }

    @Test func nonTerminalStageWithoutAWayOutIsAnError() throws {
        let program = sample { $0.workflows[0].stages[1].next = nil }
        let found = findings(program)
        // The dead end itself, and the stage that leads only into it; implementation becomes unreachable.
        #expect(
            found
                == [
                    Finding("no-path-to-terminal", .error, workflow, 7, 9),
                    Finding("dead-end-stage", .error, workflow, 11, 9),
                    Finding("unreachable-stage", .warning, workflow, 13, 9),
                    Finding("unreachable-stage", .warning, workflow, 19, 9),
                    Finding("rule-never-in-scope", .warning, SampleProgram.rulesFile, 18, 14),
                ].sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
        )
    }

    @Test func aStageWithOnlyBranchesIsNotADeadEnd() {
        let program = sample { $0.workflows[0].stages[2].branches[0].to = located("termination", 16, 13) }
        let changed = sample { program in
            program.workflows[0].stages[2].next = nil
            program.workflows[0].stages[2].branches[0].to = located("termination", 16, 13)
        }
        #expect(findings(program).isEmpty)
        #expect(findings(changed).isEmpty)
    }

    @Test func branchToItsOwnStageIsAWarning() throws {
        let program = sample { $0.workflows[0].stages[2].branches[0].to = located("implementation", 16, 13) }
        let found = diagnostics(program)
        #expect(found.map(Finding.init) == [Finding("self-branch", .warning, workflow, 16, 13)])
        #expect(try #require(found.first).message.contains("'relapse'"))
    }

    @Test func nextToItsOwnStageIsAWarning() {
        let program = sample { program in
            program.workflows[0].stages[2].next = located("implementation", 18, 11)
            program.workflows[0].stages[2].branches[0].to = located("termination", 16, 13)
        }
        #expect(findings(program) == [Finding("self-next", .warning, workflow, 18, 11)])
    }
}
