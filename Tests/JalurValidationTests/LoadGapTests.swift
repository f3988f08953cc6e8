import JalurDiagnostics
import JalurModel
import JalurValidation
import Testing

/// Diagnostics that may only follow from what the loader's errors dropped are left out.
struct LoadGapTests {
    private static let rules = SampleProgram.rulesFile
    private static let workflow = SampleProgram.workflowFile

    /// The sample with its document list, and a rule naming a stage the loader dropped.
    private func programMissingAStage() -> Program {
        sample { program in
            program.documents = [
                DocumentInfo(kind: .facts, id: "resident", location: location(SampleProgram.factsFile, 1)),
                DocumentInfo(kind: .services, id: "services", location: location(SampleProgram.servicesFile, 1)),
                DocumentInfo(kind: .workflow, id: "sample", location: location(Self.workflow, 1)),
                DocumentInfo(kind: .rules, id: "referrals", location: location(Self.rules, 1)),
            ]
            program.rules[1].stages = [located("evaluation", 13, 14, file: Self.rules)]
        }
    }

    private func location(_ file: String, _ line: Int) -> JalurDiagnostics.SourceLocation {
        JalurDiagnostics.SourceLocation(file: file, line: line, column: 1)
    }

    private func error(_ code: String, in file: String) -> Diagnostic {
        Diagnostic(code: code, severity: .error, message: "x", location: location(file, 30))
    }

    @Test func withoutLoaderErrorsEverythingIsReported() {
        let found = ProgramValidator().validate(programMissingAStage(), loadDiagnostics: [])
        #expect(found.map(Finding.init) == [Finding("unknown-stage", .error, Self.rules, 13, 14)])
    }

    @Test func aStructuralErrorInTheWorkflowHidesStageReferences() {
        let loaded = [error("missing-key", in: Self.workflow)]
        #expect(ProgramValidator().validate(programMissingAStage(), loadDiagnostics: loaded).isEmpty)
    }

    @Test func expressionErrorsDropNothing() {
        let loaded = [error("type-mismatch", in: Self.workflow), error("unknown-key", in: Self.workflow)]
        let found = ProgramValidator().validate(programMissingAStage(), loadDiagnostics: loaded)
        #expect(found.map(Finding.init) == [Finding("unknown-stage", .error, Self.rules, 13, 14)])
    }

    @Test func loaderWarningsDropNothing() {
        var warning = error("empty-file", in: "Rules/empty.yaml")
        warning.severity = .warning
        #expect(ProgramValidator().validate(programMissingAStage(), loadDiagnostics: [warning]).count == 1)
    }

    @Test func errorsInOtherKindsOfDocumentHideNothingHere() {
        let loaded = [error("missing-key", in: SampleProgram.servicesFile)]
        let found = ProgramValidator().validate(programMissingAStage(), loadDiagnostics: loaded)
        #expect(found.map(Finding.init) == [Finding("unknown-stage", .error, Self.rules, 13, 14)])
    }

    @Test func aFileThatYieldedNoDocumentHidesEveryReferenceCheck() {
        let program = sample { program in
            program.services.append(SampleProgram.service("legal-aid", line: 14, type: "legal"))
            program.rules[0].suppressedBy = [located("missing-rule", 9, 20, file: Self.rules)]
        }
        #expect(findings(program).count == 2)
        let loaded = [error("yaml-syntax", in: "Rules/broken.yaml")]
        #expect(ProgramValidator().validate(program, loadDiagnostics: loaded).isEmpty)
    }

    @Test func problemsOfTheirOwnAreStillReported() {
        let program = sample { program in
            program.workflows[0].stages[0].minDays = .constant(located(30, 8, 15))
            program.rules[0].suppressedBy = [located("detox", 9, 20, file: Self.rules)]
        }
        let loaded = [error("yaml-syntax", in: "Rules/broken.yaml")]
        let found = ProgramValidator().validate(program, loadDiagnostics: loaded).map(\.code)
        #expect(found == ["suppression-cycle", "min-days-exceeds-max-days"])
    }
}
