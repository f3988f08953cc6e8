@testable import JalurEngine
import JalurExpression
import Testing

/// Which fact paths are absent, and the evidence values read through them.
struct FactPathTests {
    static let test = ObjectType(
        name: "resident.urine_tests",
        fields: [.init(name: "result", type: .string), .init(name: "on", type: .timestamp)]
    )
    static let family = ObjectType(name: "resident.family", fields: [.init(name: "conflict_level", type: .string)])
    static let resident = ObjectType(
        name: "resident",
        fields: [
            .init(name: "cows", type: .int),
            .init(name: "family", type: .object(family)),
            .init(name: "urine_tests", type: .list(.object(test))),
            .init(name: "assist", type: .map(key: .string, value: .int)),
            .init(name: "substances", type: .list(.string)),
        ]
    )

    private func path(_ text: String) -> FactPath { FactPath(text, rootName: "resident", rootType: Self.resident) }

    private func facts(
        cows: Value? = nil,
        family: Value? = nil,
        tests: Value? = nil,
        assist: Value? = nil,
        substances: Value? = nil
    ) -> ObjectValue {
        ObjectValue(type: Self.resident, fields: [cows, family, tests, assist, substances])
    }

    private func urineTest(_ result: String?) -> Value {
        .object(
            ObjectValue(type: Self.test, fields: [result.map(Value.string), .timestamp(Timestamp(seconds: 86_400))])
        )
    }

    @Test func topLevelFieldAbsentOrNull() {
        #expect(path("resident.cows").isAbsent(in: facts()))
        #expect(path("resident.cows").isAbsent(in: facts(cows: .null)))
        #expect(!path("resident.cows").isAbsent(in: facts(cows: .int(3))))
    }

    @Test func nestedFieldAbsentWhenItsRecordIsAbsent() {
        let conflict = path("resident.family.conflict_level")
        #expect(conflict.isAbsent(in: facts()))
        #expect(conflict.isAbsent(in: facts(family: .object(ObjectValue(type: Self.family)))))
        #expect(
            !conflict.isAbsent(in: facts(family: .object(ObjectValue(type: Self.family, fields: [.string("mild")]))))
        )
    }

    @Test func throughAListAbsentWhenTheListIsAbsentOrAnyElementLacksIt() {
        let result = path("resident.urine_tests.result")
        #expect(result.isAbsent(in: facts()))
        #expect(!result.isAbsent(in: facts(tests: .list([]))))
        #expect(!result.isAbsent(in: facts(tests: .list([urineTest("negative"), urineTest("positive")]))))
        #expect(result.isAbsent(in: facts(tests: .list([urineTest("negative"), urineTest(nil)]))))
    }

    @Test func throughAMapAbsentWhenTheKeyIsMissing() {
        let heroin = path("resident.assist.heroin")
        let assist = Value.map(MapValue([(.string("alcohol"), .int(12))]))
        #expect(heroin.isAbsent(in: facts(assist: assist)))
        #expect(!path("resident.assist.alcohol").isAbsent(in: facts(assist: assist)))
        #expect(!path("resident.assist").isAbsent(in: facts(assist: assist)))
    }

    @Test func unresolvedPathIsNeverAbsent() {
        #expect(!path("resident.nope").isAbsent(in: facts()))
        #expect(!path("other.cows").isAbsent(in: facts()))
        #expect(path("resident.nope").value(in: facts()) == nil)
    }

    @Test func evidenceProjectsListsAndRendersJSON() throws {
        let values = facts(
            cows: .int(15),
            tests: .list([urineTest("negative"), urineTest("positive")]),
            assist: .map(MapValue([(.string("heroin"), .int(30)), (.string("alcohol"), .int(2))])),
            substances: .list([.string("heroin"), .string("alcohol")])
        )
        let render = { (text: String) in path(text).value(in: values).map(ValueJSON.text) }
        #expect(render("resident.cows") == "15")
        #expect(render("resident.urine_tests.result") == #"["negative","positive"]"#)
        #expect(
            render("resident.urine_tests")
                == #"[{"result":"negative","on":"1970-01-02"},{"result":"positive","on":"1970-01-02"}]"#
        )
        #expect(render("resident.assist") == #"{"alcohol":2,"heroin":30}"#)
        #expect(render("resident.substances") == #"["heroin","alcohol"]"#)
        #expect(render("resident.family") == nil)
    }

    @Test func jsonEscapesAndFormats() {
        #expect(ValueJSON.text(.string("a\"b\\c\n\u{1}")) == #""a\"b\\c\n\u0001""#)
        #expect(ValueJSON.text(.double(0.75)) == "0.75")
        #expect(ValueJSON.text(.double(.nan)) == "null")
        #expect(ValueJSON.text(.bool(true)) == "true")
        #expect(ValueJSON.text(.timestamp(Timestamp(seconds: 86_400 + 3_661))) == #""1970-01-02T01:01:01Z""#)
        #expect(ValueJSON.text(.timestamp(Timestamp(seconds: -86_400))) == #""1969-12-31""#)
        #expect(ValueJSON.text(.duration(CELDuration(seconds: 90))) == #""90s""#)
    }
}
