import JalurExpression

/// Shared with the `fuzz-expression-parse` target (Fuzz/, through a symlink), so that fuzz findings replay here
/// against the same variables.
///
/// An environment shaped like a real program's (facts object, enums, lists, maps, dates) with values bound.
final class FuzzExpressionFixture {
    let environment: ExprEnvironment
    let activation: Activation
    private let bindings: [(VariableSlot, Value)]

    init() {
        let gender = EnumType(name: "resident.gender", values: ["male", "female"])
        let family = ObjectType(
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
                .init(name: "members", type: .int),
            ]
        )
        let substance = ObjectType(
            name: "resident.substances",
            fields: [
                .init(name: "substance", type: .string),
                .init(name: "assist_score", type: .int),
            ]
        )
        let resident = ObjectType(
            name: "resident",
            fields: [
                .init(name: "age", type: .int),
                .init(name: "name", type: .string),
                .init(name: "gender", type: .enumeration(gender)),
                .init(name: "bmi", type: .double),
                .init(name: "injecting", type: .bool),
                .init(name: "admitted_on", type: .timestamp),
                .init(name: "tags", type: .list(.string)),
                .init(name: "substances", type: .list(.object(substance))),
                .init(name: "assist", type: .map(key: .string, value: .int)),
                .init(name: "family", type: .object(family)),
                .init(name: "hiv_status", type: .string),
            ]
        )
        var environment = ExprEnvironment()
        let residentSlot = environment.declare("resident", type: .object(resident), isFactRoot: true)
        let stageSlot = environment.declare(
            "stage",
            type: .enumeration(EnumType(name: "stage", values: ["intake", "assessment", "termination"]))
        )
        let daysSlot = environment.declare("days_in_stage", type: .int)
        let todaySlot = environment.declare("today", type: .timestamp)
        let anySlot = environment.declare("x", type: .dyn)
        self.environment = environment
        activation = Activation(environment: environment)

        var familyValue = ObjectValue(type: family)
        familyValue.fields[0] = .string("severe")
        var heroin = ObjectValue(type: substance)
        heroin.fields = [.string("heroin"), .int(27)]
        var residentValue = ObjectValue(type: resident)
        residentValue.fields[0] = .int(19)
        residentValue.fields[1] = .string("Budi")
        residentValue.fields[2] = .string("male")
        residentValue.fields[3] = .double(17.5)
        residentValue.fields[5] = .timestamp(Timestamp(seconds: 1_772_409_600))
        residentValue.fields[6] = .list([.string("a"), .string("b")])
        residentValue.fields[7] = .list([.object(heroin)])
        residentValue.fields[8] = .map(MapValue([(.string("heroin"), .int(27))]))
        residentValue.fields[9] = .object(familyValue)
        bindings = [
            (residentSlot, .object(residentValue)),
            (stageSlot, .string("assessment")),
            (daysSlot, .int(22)),
            (todaySlot, .timestamp(Timestamp(seconds: 1_775_001_600))),
            (anySlot, .list([.int(1), .double(2.5), .string("x"), .null])),
        ]
        bind()
    }

    func bind() {
        for (slot, value) in bindings { activation.bind(slot, to: value) }
    }
}
