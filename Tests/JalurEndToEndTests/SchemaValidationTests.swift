import Foundation
import JalurTestSupport
import Testing

/// A YAML file checked against the emitted schema with Python's `jsonschema`.
struct SchemaFixture: CustomTestStringConvertible, Sendable {
    let url: URL
    var testDescription: String { url.lastPathComponent }

    /// The `# expect: ...` first line of an invalid fixture: text the validator must print.
    func expectedMessage() throws -> String {
        let text = try String(contentsOf: url, encoding: .utf8)
        let first = text.prefix { $0 != "\n" }
        guard first.hasPrefix("# expect: ") else { throw FixtureError.noExpectation(url.lastPathComponent) }
        return String(first.dropFirst("# expect: ".count))
    }

    /// The `.yaml` files of `Fixtures/schema/<folder>`, sorted; throws when there are none.
    static func all(in folder: String) throws -> [SchemaFixture] {
        try yamlFiles(under: ReviewProcess.fixtures.appendingPathComponent("schema/\(folder)"))
            .map(SchemaFixture.init)
    }

    /// Every `.yaml` and `.yml` file under `folder`, recursively, sorted by path; throws when there are none.
    static func yamlFiles(under folder: URL) throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        let files = (enumerator?.allObjects as? [URL] ?? [])
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
        guard !files.isEmpty else { throw FixtureError.noFiles(folder.path) }
        return files
    }

    enum FixtureError: Error {
        case noFiles(String)
        case noExpectation(String)
    }
}

/// Documents are checked against the schema `jalur schema` prints, by an independent validator.
@Suite(.enabled(if: pythonHasJSONSchema, "needs python3 with jsonschema and pyyaml (.ci/run installs them)"))
struct SchemaValidationTests {
    static let validator = ReviewProcess.fixtures.appendingPathComponent("schema/validate_documents.py")

    /// The schema the binary prints, written once to a temporary file.
    static let emittedSchema = Result {
        try ReviewProcess.temporaryFile(named: "jalur.schema.json", contents: ReviewProcess.jalur(["schema"]).stdout)
    }

    /// Runs the validator over `files` with the schema the binary prints.
    static func validate(_ files: [URL]) throws -> ProcessOutput {
        let schemaFile = try emittedSchema.get()
        return try ReviewProcess.tool("python3", [validator.path, schemaFile.path] + files.map(\.path))
    }

    @Test(arguments: try SchemaFixture.all(in: "valid"))
    func acceptsValidDocuments(_ fixture: SchemaFixture) throws {
        let result = try Self.validate([fixture.url])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix(" documents valid, 0 invalid\n"))
    }

    @Test(arguments: try SchemaFixture.all(in: "invalid"))
    func rejectsInvalidDocuments(_ fixture: SchemaFixture) throws {
        let expected = try fixture.expectedMessage()
        let result = try Self.validate([fixture.url])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(expected), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("0 documents valid, 1 invalid\n"))
    }
}
