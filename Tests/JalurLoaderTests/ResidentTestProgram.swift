import JalurDiagnostics
import JalurExpression
import JalurModel

/// A small program for resident-reading tests: one workflow, a facts schema covering every fact type, and
/// its compiled record type (as the loader would build it).
enum ResidentTestProgram {
    static let here = SourceLocation(file: "program.yaml", line: 1, column: 1)

    static func field(
        _ name: String,
        _ type: FactType,
        required: Bool = false,
        min: Double? = nil,
        max: Double? = nil
    ) -> FactField {
        FactField(name: Located(name, at: here), type: type, isRequired: required, minimum: min, maximum: max)
    }

    static let substanceValues = ["methamphetamine", "heroin", "cannabis", "alcohol"]

    static let familyFields = [
        field("conflict_level", .enumeration(["none", "mild", "severe"])),
        field("contact_last_30d", .bool),
    ]
    static let urineFields = [
        field("on", .date),
        field("result", .enumeration(["negative", "positive"])),
    ]
    static let fields = [
        field("gender", .enumeration(["male", "female"]), required: true),
        field("age", .int, min: 10, max: 100),
        field("substances", .list(of: field("item", .enumeration(substanceValues)))),
        field("injecting", .bool),
        field("bmi", .double, min: 10, max: 60),
        field("last_hiv_test", .date),
        field("home_regency", .string),
        field("family", .object(fields: familyFields)),
        field("assist", .map(of: field("score", .int, min: 0, max: 39))),
        field("urine_tests", .list(of: field("test", .object(fields: urineFields)))),
    ]

    static let familyType = ObjectType(
        name: "resident.family",
        fields: [
            .init(
                name: "conflict_level",
                type: .enumeration(
                    EnumType(name: "resident.family.conflict_level", values: ["none", "mild", "severe"])
                )
            ),
            .init(name: "contact_last_30d", type: .bool),
        ]
    )
    static let urineType = ObjectType(
        name: "resident.urine_tests",
        fields: [
            .init(name: "on", type: .timestamp),
            .init(
                name: "result",
                type: .enumeration(EnumType(name: "resident.urine_tests.result", values: ["negative", "positive"]))
            ),
        ]
    )
    static let residentType = ObjectType(
        name: "resident",
        fields: [
            .init(name: "gender", type: .enumeration(EnumType(name: "resident.gender", values: ["male", "female"]))),
            .init(name: "age", type: .int),
            .init(
                name: "substances",
                type: .list(.enumeration(EnumType(name: "resident.substances", values: substanceValues)))
            ),
            .init(name: "injecting", type: .bool),
            .init(name: "bmi", type: .double),
            .init(name: "last_hiv_test", type: .timestamp),
            .init(name: "home_regency", type: .string),
            .init(name: "family", type: .object(familyType)),
            .init(name: "assist", type: .map(key: .string, value: .int)),
            .init(name: "urine_tests", type: .list(.object(urineType))),
        ]
    )

    static func stage(_ id: String, terminal: Bool = false) -> Stage {
        Stage(id: Located(id, at: here), isTerminal: terminal)
    }

    static let program: Program = {
        let workflow = Workflow(
            id: Located("medan-plus", at: here),
            title: nil,
            facts: Located("resident", at: here),
            start: Located("preparation", at: here),
            stages: [stage("preparation"), stage("assessment"), stage("termination", terminal: true)]
        )
        let slots = StandardSlots(
            resident: VariableSlot(index: 0),
            stage: VariableSlot(index: 1),
            daysInStage: VariableSlot(index: 2),
            daysInProgram: VariableSlot(index: 3),
            today: VariableSlot(index: 4),
            referrals: VariableSlot(index: 5)
        )
        let plan = WorkflowPlan(
            environment: ExprEnvironment(),
            residentType: residentType,
            slots: slots,
            derived: [],
            stages: [],
            rules: []
        )
        let service = Service(
            id: Located("rsj-detox", at: here),
            title: LocalizedText(plain: "Detox"),
            type: "health",
            document: "medan"
        )
        return Program(
            facts: [FactsSchema(id: Located("resident", at: here), fields: fields, derived: [])],
            services: [service],
            workflows: [workflow],
            plans: ["medan-plus": plan]
        )
    }()
}
