@testable import JalurEngine
import JalurExpression
import JalurModel
import Testing

/// Which conditions read the evaluation date (`DateSensitivity`, `CompiledWorkflow.readsDate`,
/// `WorkflowInfo.dateSensitive`).
struct DateSensitivityTests {
    /// Derived names are listed out of dependency order on purpose: `test_overdue` uses `test_gap`, declared
    /// after it, and `very_overdue` uses `test_overdue`.
    static let yaml = #"""
        jalur: 1
        kind: facts
        id: resident
        fields:
          flag: {type: bool}
          score: {type: int}
          last_test: {type: date}
          court_date: {type: date}
        derived:
          very_overdue: test_overdue && resident.flag
          test_overdue: test_gap > 180
          test_gap: days_since(resident.last_test)
          high_score: resident.score >= 10
          high_and_flagged: high_score && resident.flag
          due_soon: days_until(resident.court_date) <= 14
          has_pending: referrals.exists(r, r.status == 'pending')
          program_long: days_in_program > 90
        ---
        jalur: 1
        kind: workflow
        id: w
        facts: resident
        start: work
        stages:
          - id: work
            min_days: "days_in_program > 30 ? 1 : 5"
            max_days: 40
            exit_criteria:
              - id: flagged
                when: resident.flag
              - id: two-weeks
                when: days_in_stage >= 14
              - id: scored
                when: [high_score, "stage == 'work'"]
            branches:
              - id: calm
                to: done
                when: high_and_flagged
              - id: test-lapsed
                to: done
                when: very_overdue
            next: done
          - id: done
            terminal: true
            min_days: "resident.score > 3 ? 2 : 1"
            exit_criteria:
              - id: closing
                when: "resident.flag || program_long"
              - id: scored-high
                when: high_score
        ---
        jalur: 1
        kind: rules
        id: rules
        rules:
          - id: facts-only
            when: resident.score >= 10
            alert: info
          - id: derived-facts-only
            when: high_and_flagged
            alert: info
          - id: in-stage
            when: days_in_stage > 5
            alert: info
            suppressed_by: [test-overdue]
          - id: in-program
            when: days_in_program > 60
            alert: info
          - id: before-today
            when: resident.last_test < today
            alert: info
          - id: recent-test
            when: days_since(resident.last_test) <= 7
            alert: info
          - id: court-soon
            when: due_soon
            alert: warning
          - id: test-overdue
            when: test_overdue
            alert: warning
          - id: referred
            when: "referrals.exists(r, r.service == 'x')"
            alert: info
          - id: pending-derived
            when: "!has_pending"
            alert: info
          - id: mixed-parts
            when: [resident.flag, days_in_stage > 3]
            alert: info
          - id: stage-name
            when: "stage == 'work' && resident.flag"
            alert: info
          - id: done-only-dated
            when: days_in_stage > 1
            alert: info
            stages: [done]
          - id: done-only-facts
            when: "!resident.flag"
            alert: info
            stages: [done]
        """#

    let loaded: LoadedProgram

    init() throws {
        loaded = try LoadedProgram(Self.yaml)
    }

    private var info: WorkflowInfo {
        get throws { try #require(loaded.engine.workflows.first) }
    }

    private func label(_ reference: ConditionRef, in workflow: Workflow) -> String {
        switch reference {
        case .rule(let index): "rule:" + loaded.program.rules[index].id.value
        case .criterion(let stage, let index): "criterion:" + workflow.stages[stage].exitCriteria[index].id.value
        case .branch(let stage, let index): "branch:" + workflow.stages[stage].branches[index].id.value
        case .minDays(let stage): "min_days:\(stage)"
        case .maxDays(let stage): "max_days:\(stage)"
        }
    }

    private func sensitive(_ stage: Int) throws -> [String] {
        let info = try info
        return info.dateSensitive[stage].map { label($0, in: info.workflow) }
    }

    private func readsDate(_ reference: ConditionRef) throws -> Bool {
        let compiled = try #require(try info.compiled)
        let index = try #require(compiled.index(of: reference))
        return compiled.readsDate[index]
    }

    private func rule(_ id: String) throws -> ConditionRef {
        .rule(try #require(loaded.program.rules.firstIndex { $0.id.value == id }))
    }

    @Test(arguments: ["facts-only", "derived-facts-only", "stage-name", "done-only-facts"])
    func rulesOnFactsDoNotReadTheDate(_ id: String) throws {
        #expect(try !readsDate(rule(id)))
    }

    @Test(arguments: [
        "in-stage", "in-program", "before-today", "recent-test", "court-soon", "test-overdue", "referred",
        "pending-derived", "mixed-parts", "done-only-dated",
    ])
    func rulesReadingTheDateDirectlyOrThroughDerivedNames(_ id: String) throws {
        #expect(try readsDate(rule(id)))
    }

    @Test func derivedNamesReadTheDateTransitively() throws {
        let plan = try #require(loaded.program.plans["w"])
        let sensitivity = DateSensitivity(plan: plan)
        let reading = plan.derived.filter { sensitivity.slots.contains($0.slot.index) }.map(\.name).sorted()
        #expect(reading == ["due_soon", "has_pending", "program_long", "test_gap", "test_overdue", "very_overdue"])
        #expect(plan.derived.count == 8)
        for derived in plan.derived {
            #expect(sensitivity.readsDate(derived.expression) == reading.contains(derived.name), "\(derived.name)")
        }
        for standard in [plan.slots.today, plan.slots.daysInStage, plan.slots.daysInProgram, plan.slots.referrals] {
            #expect(sensitivity.slots.contains(standard.index))
        }
        #expect(!sensitivity.slots.contains(plan.slots.resident.index))
        #expect(!sensitivity.slots.contains(plan.slots.stage.index))
    }

    @Test func daysSinceAndDaysUntilReadTodayNotTheClock() throws {
        let plan = try #require(loaded.program.plans["w"])
        for name in ["test_gap", "due_soon"] {
            let derived = try #require(plan.derived.first { $0.name == name })
            #expect(derived.expression.variables.contains(plan.slots.today), "\(name)")
            #expect(!derived.expression.readsClock, "\(name)")
        }
        let recent = try #require(loaded.program.rules.firstIndex { $0.id.value == "recent-test" })
        let condition = try #require(plan.rules[recent].parts.first)
        #expect(condition.variables == [plan.slots.resident, plan.slots.today])
        #expect(!condition.readsClock)
        let compiled = try #require(try info.compiled)
        #expect(compiled.expressions.allSatisfy { !$0.readsClock })
    }

    @Test func criteriaBranchesAndLimits() throws {
        #expect(try !readsDate(.criterion(stage: 0, index: 0)))
        #expect(try readsDate(.criterion(stage: 0, index: 1)))
        #expect(try !readsDate(.criterion(stage: 0, index: 2)))
        #expect(try !readsDate(.branch(stage: 0, index: 0)))
        #expect(try readsDate(.branch(stage: 0, index: 1)))
        #expect(try readsDate(.minDays(stage: 0)))
        #expect(try !readsDate(.minDays(stage: 1)))
        #expect(try readsDate(.criterion(stage: 1, index: 0)))
        #expect(try !readsDate(.criterion(stage: 1, index: 1)))
        let compiled = try #require(try info.compiled)
        #expect(compiled.index(of: .maxDays(stage: 0)) == nil)
        #expect(compiled.readsDate.count == compiled.conditions.count)
    }

    @Test func stagesListExactlyTheirDateSensitiveConditionsInScopeOrder() throws {
        // `in-stage` is suppressed by `test-overdue`, so it follows it in the scope.
        #expect(
            try sensitive(0) == [
                "rule:in-program", "rule:before-today", "rule:recent-test", "rule:court-soon", "rule:test-overdue",
                "rule:in-stage", "rule:referred", "rule:pending-derived", "rule:mixed-parts", "criterion:two-weeks",
                "branch:test-lapsed",
            ]
        )
        #expect(
            try sensitive(1) == [
                "rule:in-program", "rule:before-today", "rule:recent-test", "rule:court-soon", "rule:test-overdue",
                "rule:in-stage", "rule:referred", "rule:pending-derived", "rule:mixed-parts", "rule:done-only-dated",
                "criterion:closing",
            ]
        )
        let info = try info
        #expect(info.dateSensitive.count == info.stages.count)
        for (stage, references) in info.dateSensitive.enumerated() {
            let inScope = Set(info.stages[stage].scope.map(\.rule))
            for case .rule(let index) in references { #expect(inScope.contains(index)) }
        }
    }

    /// Derived names and conditions on the facts alone (`FactOnlyDerived`, `CompiledWorkflow.isFactOnly`): their
    /// values are carried between evaluations of the same facts, even in another stage, so none may read the
    /// stage, the date or the referrals.
    @Test func factOnlyNamesAndConditionsReadNothingButTheFacts() throws {
        let plan = try #require(loaded.program.plans["w"])
        let compiled = try #require(try info.compiled)
        let names = compiled.factOnlyDerived.compactMap { slot in plan.derived.first { $0.slot == slot }?.name }
        #expect(names == ["high_score", "high_and_flagged"])
        func isFactOnly(_ reference: ConditionRef) throws -> Bool {
            compiled.isFactOnly[try #require(compiled.index(of: reference))]
        }
        for id in ["facts-only", "derived-facts-only", "done-only-facts"] {
            #expect(try isFactOnly(rule(id)), "\(id)")
        }
        for id in [
            "stage-name", "in-stage", "in-program", "before-today", "recent-test", "court-soon", "test-overdue",
            "referred", "pending-derived", "mixed-parts", "done-only-dated",
        ] {
            #expect(try !isFactOnly(rule(id)), "\(id)")
        }
        #expect(try isFactOnly(.criterion(stage: 0, index: 0)))
        #expect(try !isFactOnly(.criterion(stage: 0, index: 1)))
        #expect(try !isFactOnly(.criterion(stage: 0, index: 2)), "reads the stage")
        #expect(try isFactOnly(.branch(stage: 0, index: 0)))
        #expect(try !isFactOnly(.branch(stage: 0, index: 1)))
        #expect(try isFactOnly(.criterion(stage: 1, index: 1)))
        #expect(try isFactOnly(.minDays(stage: 1)))
        #expect(try !isFactOnly(.minDays(stage: 0)))
        // No condition is both: one that reads the date is never carried.
        #expect(zip(compiled.isFactOnly, compiled.readsDate).allSatisfy { !($0 && $1) })
    }

    @Test func aProgramWithoutDateReadsHasNoDateSensitiveConditions() throws {
        let yaml = #"""
            jalur: 1
            kind: facts
            id: resident
            fields:
              flag: {type: bool}
            derived:
              flagged: resident.flag
            ---
            jalur: 1
            kind: workflow
            id: w
            facts: resident
            start: one
            stages:
              - id: one
                min_days: 3
                max_days: 9
                exit_criteria:
                  - {id: flagged, when: flagged}
                next: two
              - id: two
                terminal: true
            ---
            jalur: 1
            kind: rules
            id: rules
            rules:
              - {id: flag-alert, when: "flagged && stage == 'one'", alert: info}
            """#
        let loaded = try LoadedProgram(yaml)
        let info = try #require(loaded.engine.workflows.first)
        #expect(info.dateSensitive == [[], []])
        #expect(try #require(info.compiled).readsDate.allSatisfy { !$0 })
    }
}
