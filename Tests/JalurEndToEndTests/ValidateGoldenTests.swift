import Foundation
import JalurTestSupport
import Testing

/// `jalur validate` on `Fixtures/validate/golden/program.yaml` (one error, one warning) prints exactly
/// `expected.<format>`: for `text` what goes to standard error, for the others what goes to standard output.
///
/// Run with `JALUR_RECORD=1` to rewrite the expected files from the current output (then review the diff).
struct ValidateGoldenTests {
    static let folder = Repository.root.appending(path: "Tests/JalurEndToEndTests/Fixtures/validate/golden")

    @Test(arguments: ["text", "json", "github", "sarif"])
    func outputMatchesTheGoldenFile(format: String) throws {
        let run = try runJalur(arguments: ["validate", "--format", format, "program.yaml"], in: Self.folder)
        #expect(run.status == 1, "\(run)")
        let actual = format == "text" ? run.stderr : run.stdout
        #expect((format == "text" ? run.stdout : run.stderr).isEmpty, "\(run)")
        let url = Self.folder.appending(path: "expected.\(format)")
        if ProcessInfo.processInfo.environment["JALUR_RECORD"] != nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(url.path); unset JALUR_RECORD and run again")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected)
    }
}
