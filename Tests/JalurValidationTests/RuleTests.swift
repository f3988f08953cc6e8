import JalurDiagnostics
import JalurModel
import Testing

/// `suppression-cycle`, `unused-service`, `rule-never-in-scope` and `duplicate-rule`.
struct RuleTests {
    private let rules = SampleProgram.rulesFile

    @Test func rulesSuppressingEachOtherFormACycle() throws {
        let program = sample { program in
            program.rules[0].suppressedBy = [located("family", 9, 20, file: rules)]
            program.rules[1].suppressedBy = [located("detox", 14, 20, file: rules)]
        }
        let found = diagnostics(program)
        #expect(found.map(Finding.init) == [Finding("suppression-cycle", .error, rules, 9, 20)], "reported once")
        #expect(try #require(found.first).message == "'suppressed_by' forms a cycle: 'detox' → 'family' → 'detox'")
    }

    @Test func aRuleSuppressingItselfIsACycle() throws {
        let program = sample { $0.rules[3].suppressedBy = [located("suicide-risk", 24, 20, file: rules)] }
        let found = diagnostics(program)
        #expect(found.map(Finding.init) == [Finding("suppression-cycle", .error, rules, 24, 20)])
        #expect(try #require(found.first).message.hasSuffix("'suicide-risk' → 'suicide-risk'"))
    }

    @Test func longerCyclesNameEveryRuleAndPointAtTheFirstRuleInFileOrder() throws {
        let program = sample { program in
            program.rules[1].suppressedBy = [located("na-aftercare", 14, 20, file: rules)]
            program.rules[2].suppressedBy = [
                located("detox", 19, 20, file: rules), located("suicide-risk", 19, 27, file: rules),
            ]
            program.rules[3].suppressedBy = [located("family", 24, 20, file: rules)]
        }
        let found = diagnostics(program)
        #expect(found.map(Finding.init) == [Finding("suppression-cycle", .error, rules, 14, 20)])
        let message = try #require(found.first).message
        #expect(message == "'suppressed_by' forms a cycle: 'family' → 'na-aftercare' → 'suicide-risk' → 'family'")
    }

    @Test func aSuppressionChainIsNotACycle() {
        let program = sample { program in
            program.rules[0].suppressedBy = [located("family", 9, 20, file: rules)]
            program.rules[1].suppressedBy = [located("suicide-risk", 14, 20, file: rules)]
            program.rules[2].suppressedBy = [located("detox", 19, 20, file: rules)]
        }
        #expect(findings(program).isEmpty)
    }

    @Test func aRuleRequiringItsOwnServiceIsAWarning() throws {
        let program = sample { $0.rules[0].requires = [located("rsj-detox", 9, 15, file: rules)] }
        let found = diagnostics(program)
        #expect(found.map(Finding.init) == [Finding("requirement-cycle", .warning, rules, 9, 15)])
        #expect(try #require(found.first).message.contains("'detox'"))
    }

    @Test func servicesRequiringEachOtherFormACycleReportedOnce() throws {
        let program = sample { program in
            program.rules[0].requires = [located("family-mediation", 9, 15, file: rules)]
            program.rules[1].requires = [located("rsj-detox", 14, 15, file: rules)]
        }
        let found = diagnostics(program)
        #expect(found.map(Finding.init) == [Finding("requirement-cycle", .warning, rules, 9, 15)])
        #expect(try #require(found.first).message.contains("'rsj-detox', 'family-mediation'"))
    }

    @Test func aChainOfRequirementsIsFine() {
        let program = sample { program in
            program.rules[0].requires = [located("family-mediation", 9, 15, file: rules)]
            program.rules[2].requires = [located("rsj-detox", 19, 15, file: rules)]
        }
        #expect(findings(program).isEmpty)
    }

    @Test func serviceNoRuleNamesIsAWarning() {
        let program = sample { $0.services.append(SampleProgram.service("legal-aid", line: 14, type: "legal")) }
        #expect(findings(program) == [Finding("unused-service", .warning, SampleProgram.servicesFile, 14, 9)])
    }

    @Test func aServiceNamedOnlyInRequiresIsUsed() {
        let program = sample { program in
            program.services.append(SampleProgram.service("dukcapil", line: 14, type: "legal"))
            program.rules[0].requires = [located("dukcapil", 9, 15, file: rules)]
        }
        #expect(findings(program).isEmpty)
    }

    @Test func aServiceAMisspeltReferenceMeantIsNotReportedUnused() {
        let program = sample { $0.rules[0].action = .refer(located("rsj-detx", 7, 12, file: rules)) }
        #expect(findings(program) == [Finding("unknown-service", .error, rules, 7, 12)])
    }

    @Test func unusedInternalServicesAreFine() {
        let program = sample { $0.services.append(SampleProgram.service("group-session", line: 14, type: "internal")) }
        #expect(findings(program).isEmpty)
    }

    @Test func ruleLimitedToUnreachableStagesIsNeverInScope() throws {
        let program = sample { program in
            program.workflows[0].stages.insert(
                Stage(id: located("orphan", 30, 9), next: located("termination", 31, 11)),
                at: 1
            )
            program.rules[1].stages = [located("orphan", 13, 14, file: rules)]
        }
        let found = diagnostics(program)
        #expect(
            found.map(Finding.init) == [
                Finding("rule-never-in-scope", .warning, rules, 13, 14),
                Finding("unreachable-stage", .warning, SampleProgram.workflowFile, 30, 9),
            ]
        )
        #expect(try #require(found.first).message.contains("'family'"))
    }

    @Test func oneReachableStageIsEnough() {
        let program = sample { program in
            program.workflows[0].stages.insert(
                Stage(id: located("orphan", 30, 9), next: located("termination", 31, 11)),
                at: 1
            )
            program.rules[1].stages = [
                located("orphan", 13, 14, file: rules), located("assessment", 13, 22, file: rules),
            ]
        }
        #expect(findings(program) == [Finding("unreachable-stage", .warning, SampleProgram.workflowFile, 30, 9)])
    }

    @Test func emptyStagesListIsNeverInScope() {
        let program = sample { $0.rules[1].stages = [] }
        #expect(findings(program) == [Finding("rule-never-in-scope", .warning, rules, 10, 9)])
    }

    @Test func aftercareWithoutStagesNeedsAReachableTerminalStage() {
        let program = sample { program in
            program.rules[2].stages = nil
            program.workflows[0].stages[3].isTerminal = false
            program.workflows[0].stages[3].next = located("preparation", 20, 11)
        }
        let found = findings(program)
        #expect(found.contains(Finding("rule-never-in-scope", .warning, rules, 15, 9)), "\(found)")
    }

    @Test func aftercareInNonTerminalStagesIsFine() {
        let program = sample { $0.rules[2].stages = [located("implementation", 18, 14, file: rules)] }
        #expect(findings(program).isEmpty)
    }

    @Test func referralWithoutStagesNeedsNoTerminalStage() {
        let program = sample { program in
            program.rules[2].stages = [located("implementation", 18, 14, file: rules)]
            program.workflows[0].stages[3].isTerminal = false
            program.workflows[0].stages[3].next = located("preparation", 20, 11)
        }
        #expect(!findings(program).contains { $0.code == "rule-never-in-scope" })
    }

    @Test func sameServiceStagesAndConditionIsADuplicate() throws {
        let duplicate = SampleProgram.rule(
            "detox-again",
            line: 30,
            when: "resident.age>=18",
            action: .refer(located("rsj-detox", 32, 12, file: rules))
        )
        let found = diagnostics(sample { $0.rules.append(duplicate) })
        #expect(found.map(Finding.init) == [Finding("duplicate-rule", .warning, rules, 30, 9)])
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message.contains("'detox'") && diagnostic.message.contains("'rsj-detox'"))
        #expect(diagnostic.help?.contains("\(rules):5:9") == true)
    }

    @Test func rulesSharingAnIDAreLeftToTheLoader() {
        let program = sample { program in
            var copy = program.rules[0]
            copy.id = located("detox", 30, 9, file: rules)
            program.rules.append(copy)
        }
        #expect(findings(program).isEmpty)
    }

    @Test func conditionListsInAnotherOrderAreDuplicates() {
        let parts = ["resident.age >= 18", "resident.injecting"]
        let program = sample { program in
            program.rules[0].when.parts = parts.map {
                ExpressionSource(text: $0, location: program.rules[0].when.location)
            }
            var copy = program.rules[0]
            copy.id = located("detox-copy", 30, 9, file: rules)
            copy.when.parts.reverse()
            program.rules.append(copy)
        }
        #expect(findings(program) == [Finding("duplicate-rule", .warning, rules, 30, 9)])
    }

    @Test(arguments: [
        ("resident.age >= 21", nil as [String]?, "rsj-detox"),
        ("resident.age >= 18", ["assessment"], "rsj-detox"),
        ("resident.age >= 18", nil, "na-group"),
        ("'a b' in resident.tags", nil, "rsj-detox"),
    ])
    func rulesDifferingInConditionStagesOrServiceAreNotDuplicates(when: String, stages: [String]?, service: String) {
        let other = SampleProgram.rule(
            "other",
            line: 30,
            when: when,
            action: .refer(located(service, 32, 12, file: rules)),
            stages: stages?.map { located($0, 33, 14, file: rules) }
        )
        let found = findings(sample { $0.rules.append(other) })
        #expect(!found.contains { $0.code == "duplicate-rule" }, "\(found)")
    }

    @Test func spacingInsideStringLiteralsMatters() {
        let first = SampleProgram.rule("a", line: 30, when: "'a b' in resident.tags", action: .alert(.info))
        let second = SampleProgram.rule("b", line: 35, when: "'ab' in resident.tags", action: .alert(.info))
        let third = SampleProgram.rule("c", line: 40, when: "'a b'  in  resident.tags", action: .alert(.info))
        let found = findings(sample { $0.rules += [first, second, third] })
        #expect(found == [Finding("duplicate-rule", .warning, rules, 40, 9)])
    }
}
