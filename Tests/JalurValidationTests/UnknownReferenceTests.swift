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
        let relevant = diagnostics(program)
        #expect(relevant.map(Finding.init) == [Finding("unknown-service", .error, rules, 7, 12)])
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

extension UnknownReferenceTests {
    /// The validator's fast suggestions agree with ``DidYouMean`` on every kind of near miss.
    @Test func suggestionsAgreeWithDidYouMean() throws {
        let ruleIDs = [
            "detox", "family", "na-aftercare", "suicide-risk", "detox-urgent", "Family-Support", "ab", "abc",
        ]
        let misspellings = [
            "detx", "detoxx", "dteox", "famly", "family-", "na-afercare", "suicide_risk", "SUICIDE-RISK", "a", "b",
            "abd", "xyzzy", "", "detox-urgnet", "family-support", "na", "deto", "suicide", "risk", "ädetox",
        ]
        let program = sample { program in
            program.rules = ruleIDs.enumerated().map { position, id in
                SampleProgram.rule(id, line: position * 5 + 1, action: .alert(.info))
            }
            program.rules[0].suppressedBy = misspellings.enumerated().map { position, name in
                located(name, 100 + position, 20, file: rules)
            }
            program.services = []
        }
        let found = diagnostics(program).filter { $0.code == "unknown-rule" }
        #expect(found.count == misspellings.count)
        for diagnostic in found {
            let name = misspellings[diagnostic.location.line - 100]
            let expected = DidYouMean.closest(to: name, among: ruleIDs).map { "did you mean '\($0)'?" }
            let help = try #require(diagnostic.help)
            if let expected {
                #expect(help == expected, "\(name)")
            } else {
                #expect(!help.hasPrefix("did you mean"), "\(name): \(help)")
            }
        }
    }
}
