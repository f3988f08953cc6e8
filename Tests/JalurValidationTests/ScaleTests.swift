import Foundation
import JalurDiagnostics
import JalurModel
import Testing

/// The checks stay linear-ish: a program of 1,000 rules and 50 stages is checked quickly, and problems in
/// it are still found.
struct ScaleTests {
    private static let file = "Rules/large.yaml"

    /// 50 stages in a chain with relapse branches; 1,000 rules over 30 services, each suppressed by the
    /// rule ten before it.
    static func largeProgram(rules count: Int = 1_000, stages stageCount: Int = 50) -> Program {
        let stages = (0..<stageCount).map { number in
            Stage(
                id: located("stage-\(number)", number * 4 + 1, 9),
                branches: number == 0
                    ? []
                    : [
                        Branch(
                            id: located("relapse-\(number)", number * 4 + 2, 13),
                            to: located("stage-\(number - 1)", number * 4 + 2, 20),
                            when: SampleProgram.condition("resident.relapsed", line: number * 4 + 3, column: 15),
                            because: nil
                        )
                    ],
                next: number + 1 < stageCount ? located("stage-\(number + 1)", number * 4 + 4, 11) : nil,
                isTerminal: number + 1 == stageCount
            )
        }
        let services = (0..<30).map { SampleProgram.service("service-\($0)", line: $0 * 3 + 1) }
        let rules = (0..<count).map { number in
            let line = number * 6 + 1
            return SampleProgram.rule(
                "rule-\(number)",
                line: line,
                when: "resident.score >= \(number)",
                action: number % 7 == 6
                    ? .alert(.warning) : .refer(located("service-\(number % 30)", line + 2, 12, file: file)),
                stages: [located("stage-\(number % stageCount)", line + 3, 14, file: file)],
                suppressedBy: number >= 10 ? [located("rule-\(number - 10)", line + 4, 20, file: file)] : []
            )
        }
        var workflow = SampleProgram.workflow()
        workflow.stages = stages
        workflow.start = located("stage-0", 5, 8)
        return Program(facts: SampleProgram.make().facts, services: services, workflows: [workflow], rules: rules)
    }

    @Test func largeProgramIsCleanAndQuick() {
        let program = Self.largeProgram()
        let clock = ContinuousClock()
        var found: [Diagnostic] = []
        let elapsed = clock.measure { found = diagnostics(program) }
        #expect(found.isEmpty, "\(found.prefix(5))")
        print("validator, 1,000 rules and 50 stages: \(elapsed)")
        #expect(elapsed < .seconds(5), "checks must stay linear-ish")
    }

    @Test func problemsInALargeProgramAreFound() {
        var program = Self.largeProgram()
        program.rules[500].suppressedBy = [located("rule-990", 3_005, 20, file: Self.file)]
        program.rules.append(program.rules[123])
        program.rules[program.rules.count - 1].id = located("rule-copy", 6_001, 9, file: Self.file)
        let found = findings(program)
        #expect(
            found == [
                Finding("suppression-cycle", .error, Self.file, 3_005, 20),
                Finding("duplicate-rule", .warning, Self.file, 6_001, 9),
            ]
        )
    }
}

extension ScaleTests {
    @Test func manyMisspeltNamesAreStillQuick() {
        var program = Self.largeProgram()
        for position in program.rules.indices {
            let name = "rule-\(position)x"
            program.rules[position].suppressedBy = [located(name, position * 6 + 5, 20, file: Self.file)]
            program.rules[position].stages = [located("stage-\(position % 50)x", position * 6 + 4, 14, file: Self.file)]
        }
        let clock = ContinuousClock()
        var found: [Diagnostic] = []
        let elapsed = clock.measure { found = diagnostics(program) }
        print("validator, 2,000 misspelt names: \(elapsed)")
        #expect(found.count == 2_000)
        #expect(found.allSatisfy { $0.help?.hasPrefix("did you mean") == true })
        #expect(elapsed < .seconds(20), "suggestions must not make a typo-ridden program crawl")
    }
}
