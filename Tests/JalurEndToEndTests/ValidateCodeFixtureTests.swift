import Foundation
import JalurTestSupport
import Testing

/// One program per validator code under `Fixtures/validate/codes/CODE.yaml`; its `# expect: CODE LINE:COLUMN`
/// comments list exactly the diagnostics `jalur validate` must report.
struct ValidateCodeFixtureTests {
    static let folder = Repository.root.appending(path: "Tests/JalurEndToEndTests/Fixtures/validate/codes")

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let url: URL
        var testDescription: String { name }
    }

    enum FixtureError: Error { case none(String) }

    /// Every fixture, sorted; throws when there is none (an empty argument list would pass silently).
    static func cases() throws -> [Case] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        guard !names.isEmpty else { throw FixtureError.none(folder.path) }
        return names.map { Case(name: String($0.dropLast(5)), url: folder.appending(path: $0)) }
    }

    /// The `code line:column` entries a fixture expects, sorted.
    static func expected(in url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("# expect: ") }.map { String($0.dropFirst("# expect: ".count)) }.sorted()
    }

    @Test(arguments: try cases())
    func reportsExactlyTheExpectedDiagnostics(_ fixture: Case) throws {
        let run = try runJalur(arguments: ["validate", "--format", "json", fixture.url.path], in: Self.folder)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        let actual = diagnostics.map { entry in
            "\(entry["code"] as? String ?? "?") \(entry["line"] as? Int ?? 0):\(entry["column"] as? Int ?? 0)"
        }.sorted()
        let expected = try Self.expected(in: fixture.url)
        #expect(!expected.isEmpty)
        #expect(actual == expected, "\(run)")
        #expect(expected.contains { $0.hasPrefix(fixture.name + " ") }, "the fixture shows its own code")
        let hasErrors = diagnostics.contains { $0["severity"] as? String == "error" }
        #expect(run.status == (hasErrors ? 1 : 0), "\(run)")
        for entry in diagnostics {
            #expect((entry["help"] as? String)?.isEmpty == false, "every diagnostic says how to fix it")
        }
    }
}
