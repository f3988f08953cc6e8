import Foundation
import JalurDiagnostics
@testable import JalurEngine
import JalurLoader
import JalurModel
import JalurTestSupport
import Testing

/// A cohort report does not depend on evaluation reuse (`CohortRun(reusesEvaluations:)`).
struct SimulationReuseTests {
    /// A small program whose conditions read the date in every way, with events that often set facts to the
    /// values they already have, and referrals that are declined (30 quiet days) or completed (repeats).
    static let yaml = #"""
        jalur: 1
        kind: facts
        id: resident
        fields:
          flag: {type: bool}
          level: {type: enum, values: [low, high]}
          count: {type: int}
          last_seen: {type: date}
        derived:
          seen_lately: days_since(resident.last_seen) <= 10
          long_unseen: "!seen_lately && days_in_program > 20"
        ---
        jalur: 1
        kind: services
        id: services
        services:
          - {id: svc-a, title: A, type: health, capacity_per_week: 3}
          - {id: svc-b, title: B, type: social}
          - {id: svc-c, title: C, type: aftercare}
        ---
        jalur: 1
        kind: workflow
        id: small
        facts: resident
        start: intake
        stages:
          - id: intake
            min_days: 3
            max_days: 10
            exit_criteria:
              - {id: level-known, when: has(resident.level)}
            next: work
          - id: work
            min_days: "resident.level == 'high' ? 25 : 15"
            max_days: 40
            exit_criteria:
              - {id: settled, when: days_in_stage >= 20}
              - {id: not-seen-lately, when: "!seen_lately"}
            branches:
              - id: restart
                to: intake
                when: "resident.level == 'high' && days_in_stage > 45"
            next: done
          - id: done
            terminal: true
            min_days: 2
            exit_criteria:
              - id: aftercare-done
                when: "referrals.exists(r, r.service == 'svc-c' && r.status == 'completed')"
        ---
        jalur: 1
        kind: rules
        id: rules
        rules:
          - id: flagged
            when: resident.flag
            refer: svc-a
            repeat_after_days: 14
            stages: [intake, work]
          - id: seen
            when: seen_lately
            refer: svc-b
            stages: [work]
          - id: unseen
            when: long_unseen
            refer: svc-b
            repeat_after_days: 9
            stages: [work, done]
          - id: aftercare
            when: "true"
            aftercare: svc-c
          - id: long-stage
            when: days_in_stage > 25
            alert: warning
        ---
        jalur: 1
        kind: scenario
        id: reuse
        workflow: small
        start: 2026-01-05
        days: 150
        arrivals: {per_week: 5}
        initial:
          facts:
            resident.flag: {chance: 0.5}
            resident.count: {uniform: [0, 3]}
            resident.last_seen: {uniform: [1, 21]}
        events:
          - id: flag-again
            chance: {per_day: 0.5}
            set: {resident.flag: true}
          - id: count-again
            when: has(resident.count)
            chance: {per_day: 0.5}
            compute: {resident.count: resident.count}
          - id: level-recorded
            when: stage == 'intake' && days_in_stage >= 1
            chance: {per_day: 0.5}
            once: true
            sample:
              resident.level: {weights: {low: 70, high: 30}}
          - id: seen-today
            chance: {per_week: 0.5}
            compute: {resident.last_seen: today}
        on_move:
          set: {resident.count: 0}
        referrals:
          default: {acceptance: 0.6, days: [2, 6]}
        """#

    private func load(_ paths: [String]) throws -> Program {
        let (program, diagnostics) = ProgramLoader().load(paths: paths)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(3).map(\.description))")
        return program
    }

    private func scenario(_ id: String, workflow: String, in program: Program) throws -> ScenarioDefinition {
        let shape = try #require(program.scenarios.first { $0.id.value == id })
        var reader = try #require(SimulationInputReader(program: program, workflow: workflow))
        let definition = reader.readScenario(shape, workflow: workflow)
        #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics.map(\.description))")
        return try #require(definition)
    }

    /// Runs the scenario with and without reuse and compares the reports as text and JSON.
    private func compare(
        engine: Engine,
        scenario: ScenarioDefinition,
        seed: UInt64,
        days: Int,
        parallelThreshold: Int = CohortRun.defaultParallelThreshold
    ) throws {
        var reusing = CohortRun(
            engine: engine,
            scenario: scenario,
            seed: seed,
            days: days,
            parallelThreshold: parallelThreshold
        )
        var fresh = CohortRun(
            engine: engine,
            scenario: scenario,
            seed: seed,
            days: days,
            parallelThreshold: parallelThreshold,
            reusesEvaluations: false
        )
        let one = try reusing.simulate()
        let two = try fresh.simulate()
        let renderer = CohortRenderer(language: "en")
        #expect(renderer.json(one) == renderer.json(two), "seed \(seed)")
        #expect(renderer.text(one) == renderer.text(two), "seed \(seed)")
        #expect(one.evaluations == two.evaluations)
        #expect(one.undeterminedEvaluations == two.undeterminedEvaluations)
        #expect(one.missingFacts.map(\.path) == two.missingFacts.map(\.path))
        #expect(one.missingFacts.map(\.count) == two.missingFacts.map(\.count))
        #expect(one.admissions > 0)
        // Reuse was armed for someone: the comparison is not between two runs that never reused.
        #expect(reusing.members.contains { $0.lastEvaluation != nil })
    }

    @Test(arguments: [UInt64(7), 2026])
    func theBaselineReportIsTheSameWithoutReuse(seed: UInt64) throws {
        let paths = ["Workflows", "Rules"].map { Repository.root.appendingPathComponent($0).path }
        let program = try load(paths)
        let scenario = try scenario("medan-plus-baseline", workflow: "medan-plus", in: program)
        try compare(engine: Engine(program: program), scenario: scenario, seed: seed, days: 120)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aScenarioSettingFactsToTheirOwnValuesReportsTheSameWithoutReuse(seed: UInt64) throws {
        let (program, diagnostics) = ProgramLoader().load(source: Self.yaml, file: "reuse.yaml")
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description))")
        let scenario = try scenario("reuse", workflow: "small", in: program)
        let engine = Engine(program: program)
        try compare(engine: engine, scenario: scenario, seed: seed, days: 150)
        try compare(engine: engine, scenario: scenario, seed: seed, days: 150, parallelThreshold: 1)
    }

    @Test func theSmallScenarioExercisesWhatReuseMustNotHide() throws {
        let (program, _) = ProgramLoader().load(source: Self.yaml, file: "reuse.yaml")
        let scenario = try scenario("reuse", workflow: "small", in: program)
        var run = CohortRun(engine: Engine(program: program), scenario: scenario, seed: 1, days: 150)
        let report = try run.simulate()
        #expect(report.dischargeCount > 0)
        #expect(report.services.map(\.service) == ["svc-a", "svc-b", "svc-c"])
        #expect(report.eventCounts.allSatisfy { $0.count > 0 }, "\(report.eventCounts)")
        #expect(report.stayDays.count == 3)
        #expect(!report.stayDays[0].isEmpty && !report.stayDays[1].isEmpty)
    }
}

/// Scenario event conditions may use derived names (they compile in the workflow's environment).
struct ScenarioEventDerivedNameTests {
    static let yaml = #"""
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
        id: small
        facts: resident
        start: one
        stages:
          - id: one
            exit_criteria:
              - {id: never, when: "false"}
            next: two
          - id: two
            terminal: true
        ---
        jalur: 1
        kind: scenario
        id: derived-events
        workflow: small
        start: 2026-01-05
        days: 10
        arrivals: {per_week: 7, pattern: regular}
        initial:
          facts:
            resident.flag: {value: true}
        events:
          - id: via-derived
            when: flagged
            chance: {per_day: 1}
            set: {resident.flag: true}
          - id: via-fact
            when: resident.flag
            chance: {per_day: 1}
            set: {resident.flag: true}
        """#

    /// A regression test: `ResidentState` once bound no derived names, so such events never happened.
    @Test
    func anEventConditionOnADerivedNameHoldsLikeTheFactItNames() throws {
        let (program, diagnostics) = ProgramLoader().load(source: Self.yaml, file: "derived-events.yaml")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.description))")
        let shape = try #require(program.scenarios.first)
        var reader = try #require(SimulationInputReader(program: program, workflow: "small"))
        let definition = reader.readScenario(shape, workflow: "small")
        #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics.map(\.description))")
        var run = CohortRun(engine: Engine(program: program), scenario: try #require(definition), seed: 1, days: 10)
        let counts = try run.simulate().eventCounts
        #expect(counts.map(\.id) == ["via-derived", "via-fact"])
        #expect(counts[1].count > 0)
        #expect(counts[0].count == counts[1].count)
    }
}
