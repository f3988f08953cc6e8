import Foundation
import JalurTestSupport
import Testing

/// The shipped program (`Workflows/` and `Rules/`) matches the schema editors use.
@Suite(.enabled(if: pythonHasJSONSchema, "needs python3 with jsonschema and pyyaml (.ci/run installs them)"))
struct SchemaShippedProgramTests {
    /// Every YAML file of the shipped program, sorted; throws when there are none.
    static func shippedFiles() throws -> [URL] {
        try ["Workflows", "Rules"].flatMap { folder in
            try SchemaFixture.yamlFiles(under: Repository.root.appendingPathComponent(folder))
        }
    }

    @Test(arguments: try shippedFiles().map(SchemaFixture.init))
    func shippedFileMatchesTheSchema(_ file: SchemaFixture) throws {
        let result = try SchemaValidationTests.validate([file.url])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
