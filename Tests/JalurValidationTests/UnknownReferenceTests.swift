import JalurDiagnostics
import JalurModel
import Testing

/// `unknown-facts-schema`, `unknown-stage`, `unknown-service` and `unknown-rule`.
struct UnknownReferenceTests {
    private let rules = SampleProgram.rulesFile
    private let workflow = SampleProgram.workflowFile

    @Test func workflowFactsMustNameASchema() throws {
        let found = diagnostics(sample { $0.workflows[0].facts = located("resdent", 4, 8) })
        #expect(found.map(Finding.init) == [Finding("unknown-facts-schema", .error, workflow, 4, 8)])
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message.contains("'resdent'"))
        #expect(diagnostic.help == "did you mean 'resident'?")
    }

    @Test func startMustNameAStageOfTheWorkflow() throws {
        let found = diagnostics(sample { $0.workflows[0].start = located("preperation", 5, 8) })
        #expect(found.map(Finding.init) == [Finding("unknown-stage", .error, workflow, 5, 8)])
        #expect(try #require(found.first).help == "did you mean 'preparation'?")
    }

    @Test func nextMustNameAStageOfTheWorkflow() {
        let program = sample { $0.workflows[0].stages[1].next = located("implementaton", 12, 11) }
        #expect(findings(program) == [Finding("unknown-stage", .error, workflow, 12, 11)])
    }

    @Test func branchTargetMustNameAStageOfTheWorkflow() throws {
        let program = sample { $0.workflows[0].stages[2].branches[0].to = located("detox", 16, 13) }
        let found = diagnostics(program)
        #expect(found.map(Finding.init) == [Finding("unknown-stage", .error, workflow, 16, 13)])
        let help = try #require(found.first?.help)
        #expect(help.contains("'assessment'") && help.contains("'termination'"), "lists the stages: \(help)")
    }

    @Test func stagesOfAnotherWorkflowDoNotCount() {
        var other = SampleProgram.workflow()
        other.id = located("other", 3, 5, file: "Workflows/other.yaml")
        other.stages[0].id = located("intake", 7, 9, file: "Workflows/other.yaml")
        other.start = located("intake", 5, 8, file: "Workflows/other.yaml")
        let program = sample { program in
            program.workflows.append(other)
            program.workflows[0].stages[0].next = located("intake", 10, 11)
        }
        let found = findings(program)
        #expect(found.contains(Finding("unknown-stage", .error, workflow, 10, 11)))
    }

    @Test func ruleStagesMustNameAStageOfSomeWorkflow() throws {
        let program = sample { $0.rules[1].stages = [located("asessment", 13, 14, file: rules)] }
        let found = diagnostics(program)
        #expect(found.map(Finding.init) == [Finding("unknown-stage", .error, rules, 13, 14)])
        #expect(try #require(found.first).help == "did you mean 'assessment'?")
    }

    @Test(arguments: ["refer", "aftercare", "requires"])
    func rulesMustNameDeclaredServices(key: String) throws {
        let misspelt = located("rsj-detx", 7, 12, file: rules)
        let program = sample { program in
            switch key {
            case "refer": program.rules[0].action = .refer(misspelt)
            case "aftercare": program.rules[0].action = .aftercare(misspelt)
            default: program.rules[1].requires = [misspelt]
            }
        }
        let found = diagnostics(program)
        let expected = [Finding("unknown-service", .error, rules, 7, 12)]
        // A misspelt `refer`/`aftercare` also leaves rsj-detox unused.
        let relevant = found.filter { $0.code == "unknown-service" }
        #expect(relevant.map(Finding.init) == expected)
        #expect(try #require(relevant.first).message.contains("'\(key)'"))
        #expect(try #require(relevant.first).help == "did you mean 'rsj-detox'?")
    }

    @Test func suppressedByMustNameARule() throws {
        let program = sample { $0.rules[0].suppressedBy = [located("suicide-risc", 9, 20, file: rules)] }
        let found = diagnostics(program)
        #expect(found.map(Finding.init) == [Finding("unknown-rule", .error, rules, 9, 20)])
        #expect(try #require(found.first).help == "did you mean 'suicide-risk'?")
    }

    @Test func unrelatedNamesGetNoSuggestion() throws {
        let program = sample { $0.rules[0].suppressedBy = [located("xyzzy", 9, 20, file: rules)] }
        let help = try #require(diagnostics(program).first?.help)
        #expect(!help.contains("did you mean"))
        #expect(help.contains("'detox'"), "few rules: lists them: \(help)")
    }
}
