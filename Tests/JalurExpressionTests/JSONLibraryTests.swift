import Foundation
import JalurExpression
import Testing

struct JSONLibraryTests {
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
