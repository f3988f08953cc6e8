import JalurDiagnostics
import JalurModel
import JalurValidation
import Testing

struct ProgramValidatorTests {
    @Test func sampleProgramIsClean() {
        let found = diagnostics(SampleProgram.make())
        #expect(found.isEmpty, "\(found)")
    }

    @Test func emptyProgramIsClean() {
        #expect(diagnostics(Program()).isEmpty)
    }

    @Test func diagnosticsAreSortedByFileLineAndColumn() {
        let program = sample { program in
            program.rules[1].stages = [located("asessment", 13, 14, file: SampleProgram.rulesFile)]
            program.workflows[0].stages[1].next = located("implementaton", 12, 11)
            program.workflows[0].start = located("prep", 5, 8)
        }
        let found = findings(program)
        let expected = [
            Finding("unknown-stage", .error, SampleProgram.rulesFile, 13, 14),
            Finding("unknown-stage", .error, SampleProgram.workflowFile, 5, 8),
            Finding("unknown-stage", .error, SampleProgram.workflowFile, 12, 11),
        ]
        #expect(found == expected)
    }

    @Test func everyDiagnosticHasALowercaseMessageAndHelp() {
        let program = sample { program in
            program.workflows[0].facts = located("resdent", 4, 8)
            program.workflows[0].stages[3].next = located("preparation", 20, 11)
            program.rules[0].suppressedBy = [located("family", 9, 20, file: SampleProgram.rulesFile)]
            program.rules[1].suppressedBy = [located("detox", 14, 20, file: SampleProgram.rulesFile)]
        }
        let found = diagnostics(program)
        #expect(!found.isEmpty)
        for diagnostic in found {
            #expect(diagnostic.message.first.map { !$0.isUppercase } == true, "\(diagnostic)")
            #expect(!diagnostic.message.hasSuffix("."), "\(diagnostic)")
            #expect(diagnostic.help?.isEmpty == false, "\(diagnostic)")
        }
    }

    @Test func aValidatorRunsOnlyTheChecksItIsGiven() {
        let program = sample { $0.workflows[0].facts = located("resdent", 4, 8) }
        #expect(ProgramValidator(checks: []).validate(program).isEmpty)
    }
}
