import JalurDiagnostics
import JalurModel
import Testing

/// `unreachable-stage`, `no-terminal-stage` and `no-path-to-terminal`.
struct PathwayTests {
    private let workflow = SampleProgram.workflowFile

    @Test func stageNotReachableFromStartIsAWarning() throws {
        let program = sample {
            $0.workflows[0].stages.insert(
                Stage(id: located("orphan", 30, 9), next: located("termination", 31, 11)),
                at: 1
            )
        }
        let found = diagnostics(program)
        #expect(found.map(Finding.init) == [Finding("unreachable-stage", .warning, workflow, 30, 9)])
        #expect(try #require(found.first).message.contains("'preparation'"))
    }

    @Test func workflowWithoutTerminalStageIsAnErrorAtItsID() {
        let program = sample { program in
            program.workflows[0].stages[3].isTerminal = false
            program.workflows[0].stages[3].next = located("preparation", 20, 11)
        }
        let found = findings(program)
        #expect(found.contains(Finding("no-terminal-stage", .error, workflow, 3, 5)))
        #expect(!found.contains { $0.code == "no-path-to-terminal" }, "not repeated for every stage: \(found)")
    }

    @Test func loopWithNoWayOutHasNoPathToTerminal() {
        // assessment ⇄ implementation, and implementation no longer moves on to termination.
        let program = sample { program in
            program.workflows[0].stages[2].next = located("assessment", 18, 11)
            program.workflows[0].stages[2].branches = []
        }
        let found = findings(program)
        let expected = [
            Finding("no-path-to-terminal", .error, workflow, 7, 9),
            Finding("no-path-to-terminal", .error, workflow, 11, 9),
            Finding("no-path-to-terminal", .error, workflow, 13, 9),
            Finding("unreachable-stage", .warning, workflow, 19, 9),
            Finding("rule-never-in-scope", .warning, SampleProgram.rulesFile, 18, 14),
        ]
        #expect(Set(found) == Set(expected))
        #expect(found.count == expected.count)
    }

    @Test func unknownStagesStopThePathwayAnalysis() {
        let program = sample { $0.workflows[0].stages[0].next = located("asessment", 10, 11) }
        #expect(findings(program) == [Finding("unknown-stage", .error, workflow, 10, 11)])
    }

    @Test func longChainsAreAnalysedWithoutRecursion() {
        let count = 20_000
        let stages = (0..<count).map { position in
            Stage(
                id: located("s\(position)", position + 10, 9),
                next: position + 1 < count ? located("s\(position + 1)", position + 10, 20) : nil,
                isTerminal: position + 1 == count
            )
        }
        let program = sample { program in
            program.workflows[0].stages = stages
            program.workflows[0].start = located("s0", 5, 8)
            program.rules[2].stages = [located("s\(count - 1)", 18, 14, file: SampleProgram.rulesFile)]
        }
        #expect(findings(program).isEmpty)
    }

    @Test func aRepeatedStageIDIsLeftToTheLoader() {
        let program = sample { program in
            program.workflows[0].stages.append(
                Stage(id: located("assessment", 30, 9), next: located("assessment", 31, 11))
            )
        }
        // The loader reports `duplicate-id`; the second 'assessment' is neither unreachable nor a dead loop here.
        #expect(findings(program) == [Finding("self-next", .warning, workflow, 31, 11)])
    }
}
