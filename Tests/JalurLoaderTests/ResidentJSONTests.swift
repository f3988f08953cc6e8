import Foundation
import JalurJSON
import Testing

/// The byte-level JSON reader under resident batches: values, positions, limits, and JSON Lines.
struct ResidentJSONTests {
    @Test func distinguishesIntsDoublesAndHugeIntegers() throws {
        let node = try JSONParser().parse(#"[1, -0, 2.5, 1e3, -9223372036854775808, 9223372036854775808, 0.1]"#)
        guard case .array(let values) = node.value else { Issue.record("not a list"); return }
        let kinds = values.map { value -> String in
            switch value.value {
            case .int(let int): "int \(int)"
            case .double(let double): "double \(double)"
            case .bigInteger(let double): "big \(double)"
            default: "other"
            }
        }
        #expect(
            kinds == [
                "int 1", "int 0", "double 2.5", "double 1000.0", "int -9223372036854775808",
                "big 9.223372036854776e+18", "double 0.1",
            ]
        )
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let node = try JSONParser().parse(#""a\"b\\c\/\n\u00e9\ud83d\ude00""#)
        guard case .string(let text) = node.value else { Issue.record("not a string"); return }
        #expect(text == "a\"b\\c/\né😀")
    }

    @Test func positionsAreLineAndByteColumn() throws {
        let node = try JSONParser().parse("{\n  \"a\": [1,\n    true]}")
        guard case .object(let members) = node.value, case .array(let items) = members[0].value.value else {
            Issue.record("shape")
            return
        }
        #expect(members[0].keyPosition == JSONPosition(line: 2, column: 3))
        #expect(items[1].position == JSONPosition(line: 3, column: 5))
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        let text: String
        let expected: String
        var testDescription: String { text }
    }

    static let bad: [Bad] = [
        Bad(text: "{\"a\": 1,}", expected: "1:9: expected a key in double quotes"),
        Bad(text: "[1, 2,]", expected: "1:7: trailing comma in a list"),
        Bad(text: "{\"a\": NaN}", expected: "1:7: NaN and Infinity are not numbers in JSON"),
        Bad(text: "{\"a\": 'x'}", expected: "1:7: strings must use double quotes"),
        Bad(text: "[01]", expected: "1:2: numbers cannot have leading zeros"),
        Bad(text: "\"abc", expected: "1:5: unterminated string"),
        Bad(text: "{\"a\": tru}", expected: "1:7: unexpected word; expected 'true', 'false' or 'null'"),
        Bad(text: "{} {}", expected: "1:4: unexpected text after the JSON value"),
        Bad(text: "[1e999]", expected: "1:7: number is too large for a double"),
        Bad(text: "\n\n  [", expected: "3:4: unexpected end of input; a value was expected"),
    ]

    @Test(arguments: bad)
    func rejectsInvalidJSONWithPosition(_ bad: Bad) {
        #expect(throws: JSONError.self) { try JSONParser().parse(bad.text) }
        do {
            _ = try JSONParser().parse(bad.text)
        } catch {
            #expect(error.description == bad.expected)
        }
    }

    @Test func boundsNestingDepth() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try JSONParser(maxDepth: 64).parse(deep)
            Issue.record("accepted")
        } catch {
            #expect(error.code == "nesting-too-deep")
            #expect(error.position == JSONPosition(line: 1, column: 65))
        }
    }

    @Test func rejectsInvalidUTF8() {
        let bytes: [UInt8] = [0x22, 0x61, 0xC3, 0x28, 0x22]
        do {
            _ = try JSONParser().parse(bytes)
            Issue.record("accepted")
        } catch {
            #expect(error.code == "invalid-utf8")
        }
    }

    @Test func lineIndexCountsScalars() {
        let bytes = Array("{\"é\": x}".utf8)
        #expect(
            JSONLineIndex(bytes: bytes).scalarPosition(JSONPosition(line: 1, column: 8))
                == JSONPosition(line: 1, column: 7)
        )
    }

    @Test func jsonLinesReaderStreamsLinesWithNumbers() throws {
        let long = "[" + String(repeating: "1,", count: 600) + "1]"
        let text = "{\"a\":1}\r\n\n   \n" + long + "\n[2]\n{\"last\":true}"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString).jsonl")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = try JSONLinesReader(path: url.path, maxLineLength: 1000)
        var seen: [(Int, String, Bool)] = []
        while let batch = try reader.nextBatch(maxLines: 2) {
            for line in batch.lines {
                seen.append((line.number, String(decoding: batch.bytes[line.range], as: UTF8.self), line.isTooLong))
            }
        }
        #expect(seen.map(\.0) == [1, 4, 5, 6])
        #expect(seen.map(\.1) == ["{\"a\":1}", "", "[2]", "{\"last\":true}"])
        #expect(seen.map(\.2) == [false, true, false, false])
    }
}
