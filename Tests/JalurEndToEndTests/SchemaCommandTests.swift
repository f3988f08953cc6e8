import Foundation
import JalurTestSupport
import Testing

/// `jalur schema` prints the checked-in schema, and that schema covers every document kind.
struct SchemaCommandTests {
    /// The SPEC's document kinds (§2 and §4.1).
    static let kinds = ["workflow", "facts", "services", "rules", "tests", "scenario"]

    @Test func printsTheCheckedInSchema() throws {
        let result = try ReviewProcess.jalur(["schema"])
        let checkedIn = try String(
            contentsOf: Repository.root.appendingPathComponent("Docs/jalur.schema.json"),
            encoding: .utf8
        )
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let matches = result.stdout == checkedIn
        #expect(matches, "Docs/jalur.schema.json is stale: run `swift run jalur schema > Docs/jalur.schema.json`")
    }

    @Test func rejectsUnknownOptionsWithExitCode2() throws {
        let result = try ReviewProcess.jalur(["schema", "--format", "yaml"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--format"))
    }

    @Test func printsTheSameBytesEveryTime() throws {
        let first = try ReviewProcess.jalur(["schema"]).stdout
        let second = try ReviewProcess.jalur(["schema"]).stdout
        #expect(first == second)
    }

    @Test func isDraft202012AndDispatchesOnEveryKind() throws {
        let schema = try Self.parsedSchema()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let branches = try #require(schema["allOf"] as? [[String: Any]])
        let dispatched = branches.compactMap { branch -> String? in
            let condition = branch["if"] as? [String: Any]
            let properties = condition?["properties"] as? [String: Any]
            return (properties?["kind"] as? [String: Any])?["const"] as? String
        }
        #expect(dispatched == Self.kinds)
    }

    @Test func everyReferenceResolvesAndEveryPropertyHasHoverText() throws {
        let schema = try Self.parsedSchema()
        let definitions = try #require(schema["$defs"] as? [String: Any])
        var problems: [String] = []
        Self.walk(schema, path: "#") { path, node in
            if let reference = node["$ref"] as? String {
                let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
                if definitions[name] == nil { problems.append("\(path): unresolved \(reference)") }
            }
            let isCondition = path.hasSuffix("/if")  // `if` schemas only test values; editors show no hover text
            for (key, value) in (node["properties"] as? [String: Any]) ?? [:] where !isCondition {
                // `false` forbids a key outright; it needs no hover text.
                guard let property = value as? [String: Any] else { continue }
                if property["description"] == nil { problems.append("\(path)/properties/\(key): no description") }
            }
        }
        #expect(problems == [])
    }

    static func parsedSchema() throws -> [String: Any] {
        let output = try ReviewProcess.jalur(["schema"]).stdout
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    /// Calls `visit` on every object in `node`, depth first, bounded by `depth`.
    static func walk(_ node: Any, path: String, depth: Int = 64, visit: (String, [String: Any]) -> Void) {
        guard depth > 0 else { return }
        if let object = node as? [String: Any] {
            visit(path, object)
            for key in object.keys.sorted() {
                walk(object[key] as Any, path: "\(path)/\(key)", depth: depth - 1, visit: visit)
            }
        } else if let array = node as? [Any] {
            for (index, element) in array.enumerated() {
                walk(element, path: "\(path)/\(index)", depth: depth - 1, visit: visit)
            }
        }
    }
}
