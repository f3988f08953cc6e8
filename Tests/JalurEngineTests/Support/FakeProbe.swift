@testable import JalurEngine
import JalurExpression
import JalurModel

/// A condition's outcome in a test, by rule, criterion or branch id.
enum Fake {
    case yes
    case no(absent: [String] = [])
    case unknown(absent: [String] = [], error: String = "no such field", missingFact: String? = nil)
}

/// Answers the decision's questions from a table: rules default to false, criteria to true, branches to
/// false; `min-days` and `max-days` entries give expression limits.
struct FakeProbe: ConditionProbe {
    let program: Program
    let stageIndex: Int
    let table: [String: Fake]
    let limits: [String: DayLimitOutcome]
    let evidence: [String: [Evidence]]

    private var stage: Stage { program.workflows[0].stages[stageIndex] }

    private func id(_ condition: ConditionRef) -> String {
        switch condition {
        case .rule(let index): program.rules[index].id.value
        case .criterion(_, let index): stage.exitCriteria[index].id.value
        case .branch(_, let index): stage.branches[index].id.value
        case .minDays: "min-days"
        case .maxDays: "max-days"
        }
    }

    private func fake(_ condition: ConditionRef) -> Fake {
        if let entry = table[id(condition)] { return entry }
        if case .criterion = condition { return .yes }
        return .no()
    }

    func outcome(of condition: ConditionRef) -> ConditionOutcome {
        switch fake(condition) {
        case .yes: .holds
        case .no: .fails
        case .unknown(_, let error, let missingFact): .undetermined(EvalError(error, missingFact: missingFact))
        }
    }

    func dayLimit(_ limit: ConditionRef) -> DayLimitOutcome {
        let value = if case .minDays = limit { stage.minDays } else { stage.maxDays }
        switch value {
        case nil: return .none
        case .constant(let days)?: return .days(days.value)
        case .expression?: return limits[id(limit)] ?? .none
        }
    }

    func absentFacts(of condition: ConditionRef) -> [String] {
        switch fake(condition) {
        case .yes: []
        case .no(let absent), .unknown(let absent, _, _): absent
        }
    }

    func evidence(of conditions: [ConditionRef]) -> [Evidence] {
        let all = conditions.flatMap { evidence[id($0)] ?? [] }
        return Array(Set(all)).sorted { $0.path < $1.path }
    }

    func text(of condition: ConditionRef) -> String { "when \(id(condition))" }
}

/// One test setup: a program and a table of outcomes.
struct Harness {
    static let asOf = Day(year: 2026, month: 4, day: 1)

    var program: Program
    var table: [String: Fake] = [:]
    var limits: [String: DayLimitOutcome] = [:]
    var evidence: [String: [Evidence]] = [:]

    init(stages: [Stage] = Make.pathway(), rules: [Rule] = []) {
        program = Make.program(stages: stages, rules: rules)
    }

    /// A resident in `stage` for `days` days, with `referrals`.
    static func resident(_ stage: String, days: Int = 10, referrals: [ReferralRecord] = []) -> Resident {
        Resident(
            id: "R1",
            stage: stage,
            stageEnteredOn: asOf.adding(days: -days),
            admittedOn: asOf.adding(days: -days - 20),
            facts: ObjectValue(type: ObjectType(name: "resident", fields: [])),
            referrals: referrals,
            source: Make.at("r.yaml", 1)
        )
    }

    /// A referral record `ago` days before ``asOf``.
    static func referral(_ service: String, _ status: ReferralStatus, daysAgo: Int) -> ReferralRecord {
        ReferralRecord(service: service, status: status, date: asOf.adding(days: -daysAgo))
    }

    func evaluate(_ resident: Resident, includeTrace: Bool = false) throws -> Evaluation {
        let engine = Engine(program: program)
        let (workflow, stage) = try engine.locate(resident)
        let probe = FakeProbe(program: program, stageIndex: stage, table: table, limits: limits, evidence: evidence)
        var states: [RuleState] = []
        return engine.decide(
            resident,
            workflow: workflow,
            stage: stage,
            asOf: Self.asOf,
            probe: probe,
            includeTrace: includeTrace,
            states: &states
        )
    }

    func evaluate(
        stage: String,
        days: Int = 10,
        referrals: [ReferralRecord] = [],
        includeTrace: Bool = false
    ) throws -> Evaluation {
        try evaluate(Self.resident(stage, days: days, referrals: referrals), includeTrace: includeTrace)
    }
}
