import JalurJSON
import Testing

/// `nextKey(isFirst:expected:)` matches the expected key on its bytes and reads any other key as text.
struct JSONPullParserKeyTests {
    /// The keys of the object in `json`, each read expecting `expected`: `nil` where it matched.
    func keys(_ json: String, expecting expected: String) throws -> [String?] {
        var bytes = Array(json.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buffer in
            var parser = JSONPullParser(UnsafeBufferPointer(buffer))
            try parser.enterContainer(depth: 1)
            var keys: [String?] = []
            var isFirst = true
            while let (key, _) = try parser.nextKey(isFirst: &isFirst, expected: Array(expected.utf8)) {
                keys.append(key)
                _ = try parser.readValue(depth: 1)
            }
            return keys
        }
    }

    @Test func matchesTheExpectedKeyWithoutText() throws {
        #expect(try keys(#"{"age": 1, "ages" :2, "ag": 3 , "age":4}"#, expecting: "age") == [nil, "ages", "ag", nil])
    }

    @Test func readsEscapedKeysAsText() throws {
        #expect(try keys(#"{"a\u0067e": 1, "\"age": 2}"#, expecting: "age") == ["age", "\"age"])
    }

    @Test func emptyObjectHasNoKeys() throws {
        #expect(try keys("{ }", expecting: "age").isEmpty)
    }

    @Test func keyAtTheEndOfInputIsAnError() {
        #expect(throws: JSONError.self) { try keys(#"{"age"#, expecting: "age") }
        #expect(throws: JSONError.self) { try keys(#"{"age""#, expecting: "age") }
    }

    @Test func reportsTheKeyPosition() throws {
        var bytes = Array(#"{"id": 1,  "age": 2}"#.utf8)
        let positions = try bytes.withUnsafeMutableBufferPointer { buffer in
            var parser = JSONPullParser(UnsafeBufferPointer(buffer))
            try parser.enterContainer(depth: 1)
            var columns: [Int] = []
            var isFirst = true
            while let (_, position) = try parser.nextKey(isFirst: &isFirst, expected: Array("age".utf8)) {
                columns.append(Int(position.column))
                _ = try parser.readValue(depth: 1)
            }
            return columns
        }
        #expect(positions == [2, 12])
    }
}
