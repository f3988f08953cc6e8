import Foundation
import JalurDiagnostics
import Testing

/// Each format's output for one error and one warning matches `Fixtures/render/expected.<format>`.
///
/// Run with `JALUR_RECORD=1` to rewrite the expected files from the current output (then review the diff).
struct GoldenOutputTests {
    static let formats: [(name: String, renderer: @Sendable () -> any DiagnosticRenderer)] = [
        ("text", { TextRenderer(isColored: false, sourceLines: SourceLines(read: RenderingFixture.Reader().read)) }),
        ("json", { JSONRenderer() }),
        ("github", { GitHubRenderer() }),
        ("sarif", { SARIFRenderer() }),
    ]

    @Test(arguments: formats.map(\.name))
    func outputMatchesTheGoldenFile(format: String) throws {
        let make = try #require(Self.formats.first { $0.name == format }?.renderer)
        let actual = make().render(RenderingFixture.diagnostics, summary: RenderingFixture.summary)
        if ProcessInfo.processInfo.environment["JALUR_RECORD"] != nil {
            let url = RenderingFixture.directory.appending(path: "expected.\(format)")
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(url.path); unset JALUR_RECORD and run again")
            return
        }
        let expected = try RenderingFixture.expected(format)
        #expect(actual == expected)
    }

    @Test func renderingTwiceGivesIdenticalOutput() {
        for (_, make) in Self.formats {
            let first = make().render(RenderingFixture.diagnostics, summary: RenderingFixture.summary)
            let second = make().render(RenderingFixture.diagnostics, summary: RenderingFixture.summary)
            #expect(first == second)
        }
    }
}
