import Foundation
import JalurExpression
import Testing

struct JSONLibraryTests {
    private func value(_ json: String) throws -> Value {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        return try #require(Value(jsonObject: object))
    }

    @Test(arguments: [
        ("1", "1"),
        ("-0", "0"),
        ("1.0", "1.0"),
        ("1e2", "100.0"),
        ("-0.0", "-0.0"),
        ("0.1", "0.1"),
        ("9223372036854775807", "9223372036854775807"),
        ("-9223372036854775808", "-9223372036854775808"),
        ("9223372036854775808", "9.223372036854776e+18"),
        ("-9223372036854775809", "-9.223372036854776e+18"),
        ("-9223372036854775807", "-9223372036854775807"),
        ("99999999999999999999.5", "1e+20"),
        ("true", "true"),
        ("false", "false"),
        ("null", "null"),
        ("\"heroin\"", "\"heroin\""),
        ("[1, 2.5, \"a\", [true]]", "[1, 2.5, \"a\", [true]]"),
        ("{\"b\": 1, \"a\": {\"c\": null}}", "{\"a\": {\"c\": null}, \"b\": 1}"),
    ])
    func convertsJSONSerializationOutput(json: String, literal: String) throws {
        #expect(try value(json).celLiteral == literal)
    }

    @Test func integersAndBooleansAreDistinct() throws {
        #expect(try value("1").typeName == "int")
        #expect(try value("1.0").typeName == "double")
        #expect(try value("true").typeName == "bool")
        #expect(try value("0").typeName == "int")
    }

    @Test func rejectsNonJSONObjectsAndDeepNesting() throws {
        #expect(Value(jsonObject: Date()) == nil)
        let deep = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        let object = try JSONSerialization.jsonObject(with: Data(deep.utf8))
        #expect(Value(jsonObject: object) == nil)
        #expect(Value(jsonObject: object, maxDepth: 100) != nil)
    }

    @Test(arguments: [
        (Value.int(15), "15"),
        (.uint(15), "15"),
        (.double(2.5), "2.5"),
        (.double(2), "2.0"),
        (.double(.nan), "\"NaN\""),
        (.double(.infinity), "\"Infinity\""),
        (.string("he said \"hi\"\n\u{1}"), "\"he said \\\"hi\\\"\\n\\u0001\""),
        (.list([.string("a"), .string("b")]), "[\"a\",\"b\"]"),
        (.map(MapValue([(.string("k"), .int(1)), (.int(2), .bool(true))])), "{\"k\":1,\"2\":true}"),
        (.null, "null"),
        (.bytes([104, 105]), "\"aGk=\""),
        (.timestamp(Timestamp(seconds: 0)), "\"1970-01-01T00:00:00Z\""),
        (.duration(CELDuration(seconds: 90)), "\"90s\""),
        (.type("int"), "\"int\""),
    ])
    func jsonText(value: Value, text: String) throws {
        #expect(value.jsonText == text)
        _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }
}
