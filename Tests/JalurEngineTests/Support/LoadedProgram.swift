import JalurDiagnostics
@testable import JalurEngine
import JalurLoader
import JalurModel
import Testing

/// A program loaded from YAML text, with residents built against its workflow's resident type.
struct LoadedProgram {
    let program: Program
    let engine: Engine

    init(_ yaml: String) throws {
        let (program, diagnostics) = ProgramLoader().load(source: yaml, file: "program.yaml")
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description))")
        try #require(!program.plans.isEmpty)
        self.program = program
        self.engine = Engine(program: program)
    }

    func resident(
        _ stage: String,
        days: Int = 5,
        facts: [String: Any] = [:],
        referrals: [ReferralRecord] = [],
        id: String = "R1"
    ) throws -> Resident {
        let plan = try #require(program.plans.values.first)
        return Resident(
            id: id,
            stage: stage,
            stageEnteredOn: Harness.asOf.adding(days: -days),
            admittedOn: Harness.asOf.adding(days: -days - 30),
            facts: try Facts.make(facts, type: plan.residentType),
            referrals: referrals,
            source: SourceLocation(file: "\(id).yaml", line: 1, column: 1)
        )
    }

    func evaluate(
        _ stage: String,
        days: Int = 5,
        facts: [String: Any] = [:],
        referrals: [ReferralRecord] = [],
        includeTrace: Bool = false
    ) throws -> Evaluation {
        var evaluator = engine.makeEvaluator()
        let resident = try resident(stage, days: days, facts: facts, referrals: referrals)
        return try evaluator.evaluate(resident, asOf: Harness.asOf, includeTrace: includeTrace)
    }
}
