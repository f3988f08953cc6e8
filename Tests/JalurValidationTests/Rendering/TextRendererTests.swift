import Foundation
import JalurDiagnostics
import Testing

struct TextRendererTests {
    private func diagnostic(line: Int, column: Int, file: String = "a.yaml", help: String? = "fix it") -> Diagnostic {
        Diagnostic(
            code: "unknown-stage",
            severity: .error,
            message: "bad",
            location: SourceLocation(file: file, line: line, column: column),
            help: help
        )
    }

    private func renderer(_ files: [String: String], colored: Bool = false) -> TextRenderer {
        TextRenderer(isColored: colored, sourceLines: SourceLines(read: { files[$0] }))
    }

    @Test func caretKeepsTabsSoItLinesUp() {
        let text = renderer(["a.yaml": "\tkey:\tvalue\n"]).render(diagnostic(line: 1, column: 7))
        #expect(text == "a.yaml:1:7: error: bad [unknown-stage]\n\tkey:\tvalue\n\t    \t^\nhelp: fix it\n")
    }

    @Test func columnsCountUnicodeScalars() {
        let text = renderer(["a.yaml": "because: \"≥ 13 é\" x\n"]).render(diagnostic(line: 1, column: 19))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2] == String(repeating: " ", count: 18) + "^")
    }

    @Test func carriageReturnsAreNotShown() {
        let text = renderer(["a.yaml": "one\r\ntwo\r\n"]).render(diagnostic(line: 2, column: 1))
        #expect(text.contains("\ntwo\n^\n"))
    }

    @Test func missingFileOrLineShowsNoSourceLine() {
        let missingFile = renderer([:]).render(diagnostic(line: 1, column: 1))
        let missingLine = renderer(["a.yaml": "one\n"]).render(diagnostic(line: 9, column: 1))
        #expect(missingFile == "a.yaml:1:1: error: bad [unknown-stage]\nhelp: fix it\n")
        #expect(missingLine == "a.yaml:9:1: error: bad [unknown-stage]\nhelp: fix it\n")
    }

    @Test func noHelpMeansNoHelpLine() {
        #expect(!renderer([:]).render(diagnostic(line: 1, column: 1, help: nil)).contains("help"))
    }

    @Test func eachFileIsReadOnceAndOnlyWhenNeeded() {
        let reader = RenderingFixture.Reader()
        let renderer = TextRenderer(sourceLines: SourceLines(read: reader.read))
        _ = renderer.render(
            RenderingFixture.diagnostics + RenderingFixture.diagnostics,
            summary: RenderingFixture.summary
        )
        #expect(reader.reads == [RenderingFixture.file])
        let unused = RenderingFixture.Reader()
        _ = TextRenderer(sourceLines: SourceLines(read: unused.read))
        #expect(unused.reads.isEmpty)
    }

    @Test func colorsOnlyWhenAsked() {
        let files = ["a.yaml": "x\n"]
        let plain = renderer(files).render(diagnostic(line: 1, column: 1))
        let colored = renderer(files, colored: true).render(diagnostic(line: 1, column: 1))
        #expect(!plain.contains("\u{1B}["))
        #expect(colored.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        let stripped = colored.replacing(#/\x{1B}\[[0-9;]*m/#, with: "")
        #expect(stripped == plain)
    }

    @Test func warningsAreYellow() {
        var warning = diagnostic(line: 1, column: 1)
        warning.severity = .warning
        #expect(renderer([:], colored: true).render(warning).contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
    }

    @Test func controlCharactersInTheSourceAreNotSentToTheTerminal() {
        let text = renderer(["a.yaml": "key: \u{1B}[31mred\u{7}\n"]).render(diagnostic(line: 1, column: 6))
        #expect(!text.contains("\u{1B}") && !text.contains("\u{7}"))
        #expect(text.contains("key: \u{FFFD}[31mred\u{FFFD}\n     ^\n"))
    }

    @Test func longLinesAreCutAroundTheColumn() throws {
        let line = String(repeating: "a", count: 5_000) + "X" + String(repeating: "b", count: 5_000)
        let text = renderer(["a.yaml": line]).render(diagnostic(line: 1, column: 5_001))
        let lines = text.split(separator: "\n")
        let shown = lines[1]
        let caret = lines[2]
        #expect(shown.hasPrefix("…") && shown.hasSuffix("…"))
        #expect(shown.unicodeScalars.count == TextRenderer.maxLineWidth + 2)
        let caretColumn = caret.unicodeScalars.count
        #expect(Array(shown.unicodeScalars)[caretColumn - 1] == "X")
    }

    @Test func columnsPastTheEndPointJustAfterTheLine() {
        let text = renderer(["a.yaml": "abc\n"]).render(diagnostic(line: 1, column: 40))
        #expect(text.contains("\nabc\n   ^\n"))
    }

    @Test func realFilesAreReadButFoldersAreNot() {
        #expect(SourceLines.readFile(RenderingFixture.directory.path) == nil)
        #expect(SourceLines.readFile(RenderingFixture.directory.appending(path: RenderingFixture.file).path) != nil)
        #expect(SourceLines.readFile("/no/such/file.yaml") == nil)
    }

    @Test func controlCharactersInMessagesAreNotSentToTheTerminal() {
        var hostile = diagnostic(line: 1, column: 1, help: "use 'a\u{1B}[2J'")
        hostile.message = "unknown key 'x\u{1B}]0;title\u{7}\ny'"
        let text = renderer([:]).render(hostile)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{7}"))
        #expect(text.split(separator: "\n").count == 2, "one heading line and one help line: \(text)")
    }
}
