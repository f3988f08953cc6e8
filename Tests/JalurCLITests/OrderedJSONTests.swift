import Testing

@testable import JalurCLI

struct OrderedJSONTests {
    @Test func printsKeysInWrittenOrderWithTwoSpaceIndent() {
        let value: OrderedJSON = ["b": 1, "a": [true, .null], "c": [:], "d": []]
        let expected = """
            {
              "b": 1,
              "a": [
                true,
                null
              ],
              "c": {},
              "d": []
            }

            """
        #expect(value.prettyPrinted() == expected)
    }

    @Test func escapesStringsAndKeepsUnicode() {
        let value: OrderedJSON = .string("a \"q\" \\ \n\t\u{1} ≥ é")
        #expect(value.prettyPrinted() == "\"a \\\"q\\\" \\\\ \\n\\t\\u0001 ≥ é\"\n")
    }

    @Test func keepsTheFirstOfDuplicateKeys() {
        let value: OrderedJSON = .object([.init("k", 1), .init("k", 2)])
        #expect(value.prettyPrinted() == "{\n  \"k\": 1\n}\n")
    }

    @Test func printsNumbers() {
        #expect(OrderedJSON.number(2).prettyPrinted() == "2\n")
        #expect(OrderedJSON.number(0.5).prettyPrinted() == "0.5\n")
        #expect(OrderedJSON.number(.infinity).prettyPrinted() == "null\n")
    }

    @Test func schemaTextIsStable() {
        #expect(JalurSchema.text() == JalurSchema.text())
        #expect(JalurSchema.document()["$defs"]?["rule"]?["additionalProperties"] == .bool(false))
    }
}
