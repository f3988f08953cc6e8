import Foundation
import JalurDiagnostics
import JalurLoader
import JalurModel
import Testing

/// Whole programs read from folders.
struct ProgramTests {
    private func perfProgram() throws -> (program: Program, diagnostics: [Diagnostic]) {
        let folder = try LoaderFixture.fixturesDirectory().appendingPathComponent("perf-program").path
        return ProgramLoader().load(paths: [folder])
    }

    @Test func perfProgramLoadsWithoutDiagnostics() throws {
        let (program, diagnostics) = try perfProgram()
        #expect(diagnostics.map(\.description) == [])
        #expect(program.workflows.count == 1)
        #expect(program.facts.count == 1)
        #expect(program.services.count > 10)
        #expect(program.rules.count > 20)
    }

    @Test func perfProgramCompilesOnePlanPerWorkflow() throws {
        let (program, _) = try perfProgram()
        let workflow = try #require(program.workflows.first)
        let plan = try #require(program.plans[workflow.id.value])
        #expect(plan.stages.count == workflow.stages.count)
        #expect(plan.rules.count == program.rules.count)
        #expect(plan.derived.count == program.facts[0].derived.count)
        for (stage, stagePlan) in zip(workflow.stages, plan.stages) {
            #expect(stagePlan.exitCriteria.count == stage.exitCriteria.count)
            #expect(stagePlan.branches.count == stage.branches.count)
        }
    }
}

/// Plans: derived names in dependency order, fact paths through derived names, tolerance of dangling references.
struct PlanTests {
    private func specProgram() throws -> Program {
        let url = try LoaderFixture.fixturesDirectory().appendingPathComponent("valid/spec-examples.yaml")
        let (program, diagnostics) = ProgramLoader().load(paths: [url.path])
        #expect(diagnostics.isEmpty)
        return program
    }

    @Test func derivedNamesComeAfterTheNamesTheyUse() throws {
        let plan = try #require(try specProgram().plans["medan-plus"])
        let names = plan.derived.map(\.name)
        #expect(Set(names) == ["severe_case", "adolescent", "intensive"])
        let intensive = try #require(names.firstIndex(of: "intensive"))
        #expect(try #require(names.firstIndex(of: "severe_case")) < intensive)
        #expect(try #require(names.firstIndex(of: "adolescent")) < intensive)
        let intensivePlan = try #require(plan.derived.first { $0.name == "intensive" })
        #expect(intensivePlan.factPaths == ["resident.age", "resident.cows", "resident.injecting"])
    }

    @Test func factPathsIncludeThoseReadThroughDerivedNames() throws {
        let program = try specProgram()
        let plan = try #require(program.plans["medan-plus"])
        let implementation = try #require(
            program.workflows.first?.stages.firstIndex { $0.id.value == "implementation" }
        )
        guard case .expression(_, let minDaysPaths) = plan.stages[implementation].minDays else {
            Issue.record("min_days should be an expression")
            return
        }
        #expect(minDaysPaths == ["resident.cows", "resident.injecting"])
        guard case .expression(_, let maxDaysPaths) = plan.stages[implementation].maxDays else {
            Issue.record("max_days should be an expression")
            return
        }
        #expect(maxDaysPaths == ["resident.age", "resident.cows", "resident.injecting"])
        let family = plan.stages[implementation].exitCriteria[0]
        #expect(family.parts.count == 2)
        #expect(family.factPaths == ["resident.family.conflict_level", "resident.family.contact_last_30d"])
        let detox = try #require(program.rules.firstIndex { $0.id.value == "detox-moderate-withdrawal" })
        #expect(plan.rules[detox].factPaths == ["resident.cows", "resident.substances"])
    }

    @Test func rulesMayNameTheStagesOfAnyWorkflow() {
        let text = """
            jalur: 1
            kind: facts
            id: resident
            fields: {age: {type: int}}
            ---
            jalur: 1
            kind: workflow
            id: adults
            facts: resident
            start: a-start
            stages: [{id: a-start, terminal: true, exit_criteria: [{id: c, when: "stage == 'a-start'"}]}]
            ---
            jalur: 1
            kind: workflow
            id: youth
            facts: resident
            start: y-start
            stages: [{id: y-start, terminal: true}]
            ---
            jalur: 1
            kind: rules
            id: alerts
            rules:
              - {id: youth-only, when: "stage == 'y-start' || stage == 'a-start'", alert: info}
            """
        let (program, diagnostics) = ProgramLoader().load(source: text, file: "x.yaml")
        #expect(diagnostics.isEmpty)
        #expect(program.plans.keys.sorted() == ["adults", "youth"])
    }

    @Test func workflowWithMissingFactsSchemaGetsNoPlan() {
        let text = """
            jalur: 1
            kind: workflow
            id: pathway
            facts: nowhere
            start: done
            stages:
              - {id: done, terminal: true, exit_criteria: [{id: c, when: resident.anything}]}
            """
        let (program, diagnostics) = ProgramLoader().load(source: text, file: "w.yaml")
        #expect(diagnostics.isEmpty)
        #expect(program.workflows.count == 1)
        #expect(program.plans.isEmpty)
    }

    @Test func rulesAreCheckedAgainstASchemaEvenWithoutAWorkflow() {
        let text = """
            jalur: 1
            kind: facts
            id: resident
            fields: {age: {type: int}}
            ---
            jalur: 1
            kind: rules
            id: alerts
            rules:
              - {id: old, when: resident.agee > 90, alert: info}
            """
        let (_, diagnostics) = ProgramLoader().load(source: text, file: "r.yaml")
        #expect(
            diagnostics.map(\.description) == ["r.yaml:10:30: error: 'resident' has no field 'agee' [unknown-field]"]
        )
    }
}

/// Programs spread over several files and folders.
struct DiscoveryTests {
    @Test func readsYAMLRecursivelySortedByPath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "b/services.yml",
            text: "jalur: 1\nkind: services\nid: second\nservices: [{id: b, title: B, type: legal}]\n"
        )
        try folder.write(
            "a/deeper/services.yaml",
            text: "jalur: 1\nkind: services\nid: first\nservices: [{id: a, title: A, type: health}]\n"
        )
        try folder.write("c/notes.md", text: "# not YAML")
        try folder.write(".hidden/services.yaml", text: "not: [valid")
        try folder.write("b/.#services.yaml", text: "not: [valid")
        let (program, diagnostics) = ProgramLoader().load(paths: [folder.url.path])
        #expect(diagnostics.isEmpty)
        #expect(program.services.map(\.id.value) == ["a", "b"])
        #expect(
            program.documents.map(\.location.file) == [
                folder.path("a/deeper/services.yaml"), folder.path("b/services.yml"),
            ]
        )
    }

    @Test func aFileNamedTwiceIsReadOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("services.yaml", text: "jalur: 1\nkind: services\nid: s\nservices: []\n")
        let paths = [folder.url.path, file, folder.url.path + "/./services.yaml", folder.url.path + "/"]
        let (program, diagnostics) = ProgramLoader().load(paths: paths)
        #expect(diagnostics.isEmpty)
        #expect(program.documents.count == 1)
    }

    @Test func duplicateDocumentIDsAcrossFilesNameTheFirstFile() {
        let services = "jalur: 1\nkind: services\nid: medan\nservices: []\n"
        let (_, diagnostics) = ProgramLoader().load(sources: [("one.yaml", services), ("two.yaml", services)])
        #expect(
            diagnostics.map(\.description) == [
                "two.yaml:3:5: error: duplicate services document id 'medan' (first declared at one.yaml:3:5) [duplicate-id]"
            ]
        )
    }

    @Test func sameIDInDifferentKindsIsFine() {
        let text =
            "jalur: 1\nkind: services\nid: medan\nservices: []\n---\njalur: 1\nkind: rules\nid: medan\nrules: []\n"
        #expect(ProgramLoader().load(source: text, file: "x.yaml").diagnostics.isEmpty)
    }

    @Test func testsAndScenariosKeepTheirContent() throws {
        let text =
            "jalur: 1\nkind: scenario\nid: cohort\nweeks: 52\n---\njalur: 1\nkind: tests\nid: t\ntests: [{name: a}]\n"
        let (program, diagnostics) = ProgramLoader().load(source: text, file: "x.yaml")
        #expect(diagnostics.isEmpty)
        let scenario = try #require(program.scenarios.first)
        let weeks = scenario.content?.pairs?.first { $0.key.string == "weeks" }?.value
        #expect(weeks?.int == 52)
        #expect(weeks?.location == SourceLocation(file: "x.yaml", line: 4, column: 8))
        #expect(program.testSuites.first?.id.value == "t")
    }
}
