import Foundation
import JalurExpression
import Testing

/// One conformance case from `Fixtures/cel/*.json` (see the README there).
struct CELCase: CustomTestStringConvertible, Sendable {
    let id: String
    let expression: String
    /// The expected value as typed JSON, or `nil` when an error is expected.
    let expected: TypedJSON?
    let bindings: [String: TypedJSON]
    /// Declared variable types as CEL type names; bindings without a declaration are `dyn`.
    let declarations: [String: String]
    let isCheckDisabled: Bool

    var testDescription: String { id }

    /// Every case with `"subset": true`; throws when none is found, so the test cannot pass vacuously.
    static func all() throws -> [CELCase] {
        let folder = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/cel")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        var cases: [CELCase] = []
        for file in files.sorted() {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let entries = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            cases += try entries.filter { $0["subset"] as? Bool == true }.map(CELCase.init(json:))
        }
        guard !cases.isEmpty else { throw FixtureError("no conformance cases found in \(folder.path)") }
        return cases
    }

    private init(json: [String: Any]) throws {
        let file = try #require(json["file"] as? String)
        let section = try #require(json["section"] as? String)
        let name = try #require(json["name"] as? String)
        id = "\(file)/\(section)/\(name)"
        expression = try #require(json["expr"] as? String)
        let expect = try #require(json["expect"] as? [String: Any])
        expected = try expect["value"].map(TypedJSON.init(json:))
        let rawBindings = json["bindings"] as? [String: Any] ?? [:]
        bindings = try rawBindings.mapValues(TypedJSON.init(json:))
        declarations = json["decls"] as? [String: String] ?? [:]
        isCheckDisabled = json["disable_check"] as? Bool ?? false
    }

    /// The case ids listed in `known-gaps.txt`.
    static func knownGaps() throws -> Set<String> {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/cel/known-gaps.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return Set(
            text.split(separator: "\n").compactMap { line in
                let id = line.split(separator: "#", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces) ?? ""
                return id.isEmpty ? nil : id
            }
        )
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
