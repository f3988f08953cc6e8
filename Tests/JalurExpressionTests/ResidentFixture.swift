import JalurExpression

/// A facts schema shaped like SPEC §2.1, declared as an expression environment, with helpers to build residents.
struct ResidentFixture {
    static let substance = EnumType(
        name: "resident.substances",
        values: ["methamphetamine", "heroin", "cannabis", "alcohol", "benzodiazepine", "inhalant", "other"]
    )
    static let family = ObjectType(
        name: "resident.family",
        fields: [
            .init(
                name: "conflict_level",
                type: .enumeration(
                    EnumType(
                        name: "resident.family.conflict_level",
                        values: ["none", "mild", "severe"]
                    )
                )
            ),
            .init(name: "contact_last_30d", type: .bool),
        ]
    )
    static let substanceUse = ObjectType(
        name: "resident.substance_use",
        fields: [
            .init(name: "substance", type: .enumeration(substance)),
            .init(name: "assist_score", type: .int),
        ]
    )
    static let resident = ObjectType(
        name: "resident",
        fields: [
            .init(name: "age", type: .int),
            .init(name: "gender", type: .enumeration(EnumType(name: "resident.gender", values: ["male", "female"]))),
            .init(name: "substances", type: .list(.enumeration(substance))),
            .init(name: "injecting", type: .bool),
            .init(name: "cows", type: .int),
            .init(name: "family", type: .object(family)),
            .init(name: "substance_use", type: .list(.object(substanceUse))),
            .init(name: "last_hiv_test", type: .timestamp),
            .init(name: "scores", type: .map(key: .string, value: .int)),
        ]
    )

    var environment = ExprEnvironment()
    let residentSlot: VariableSlot
    let stageSlot: VariableSlot
    let daysInStageSlot: VariableSlot
    let todaySlot: VariableSlot

    init() {
        residentSlot = environment.declare("resident", type: .object(Self.resident), isFactRoot: true)
        stageSlot = environment.declare(
            "stage",
            type: .enumeration(EnumType(name: "stage", values: ["intake", "detox", "assessment"]))
        )
        daysInStageSlot = environment.declare("days_in_stage", type: .int)
        todaySlot = environment.declare("today", type: .timestamp)
    }

    /// A resident with the given fields recorded (by name) and every other field absent.
    static func residentValue(_ fields: [String: Value]) -> Value {
        .object(object(resident, fields))
    }

    static func object(_ type: ObjectType, _ fields: [String: Value]) -> ObjectValue {
        var value = ObjectValue(type: type)
        for (name, field) in fields {
            if let slot = type.slot(of: name) { value.fields[slot] = field }
        }
        return value
    }

    /// An activation with the resident, `stage`, `days_in_stage` and `today` (2026-04-01) bound.
    func activation(_ fields: [String: Value], stage: String = "detox", daysInStage: Int64 = 5) -> Activation {
        let activation = Activation(environment: environment)
        activation.bind(residentSlot, to: Self.residentValue(fields))
        activation.bind(stageSlot, to: .string(stage))
        activation.bind(daysInStageSlot, to: .int(daysInStage))
        activation.bind(todaySlot, to: Builtins.date(.string("2026-04-01")))
        return activation
    }

    /// Compiles and evaluates `source` against a resident with `fields`.
    func evaluate(_ source: String, _ fields: [String: Value] = [:]) throws -> Value {
        try environment.compile(source).evaluate(activation(fields))
    }
}
