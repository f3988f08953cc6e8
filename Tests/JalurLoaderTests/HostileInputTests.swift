import Foundation
import JalurDiagnostics
@testable import JalurLoader
import JalurModel
import Testing

/// Hostile input never crashes or hangs: each case gives its diagnostic, with a location, well under a second.
struct HostileInputTests {
    /// Loads `text` as `hostile.yaml`, checking that it takes well under a second.
    private func load(_ text: String) -> [Diagnostic] {
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = clock.measure {
            diagnostics = ProgramLoader().load(source: text, file: "hostile.yaml").diagnostics
        }
        #expect(elapsed < .seconds(1), "took \(elapsed)")
        return diagnostics
    }

    /// Loads the files under `paths`, checking that it takes well under a second.
    private func load(paths: [String]) -> [Diagnostic] {
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = clock.measure { diagnostics = ProgramLoader().load(paths: paths).diagnostics }
        #expect(elapsed < .seconds(1), "took \(elapsed)")
        return diagnostics
    }

    @Test func flowNestingThousandsDeep() {
        let depth = 100_000
        let text =
            "jalur: 1\nkind: scenario\nid: deep\nx: " + String(repeating: "[", count: depth)
            + String(repeating: "]", count: depth) + "\n"
        let diagnostics = load(text)
        #expect(diagnostics.map(\.code) == ["nesting-too-deep"])
        #expect(diagnostics.first?.location.line == 4)
        #expect(diagnostics.first?.location.column == 4 + LoaderLimits.maxDepth - 1)
    }

    @Test func blockNestingThousandsDeep() {
        var text = "jalur: 1\nkind: scenario\nid: deep\n"
        for level in 0..<2_000 { text += String(repeating: " ", count: level) + "k\(level):\n" }
        let diagnostics = load(text)
        #expect(diagnostics.map(\.code) == ["nesting-too-deep"])
        // `k0` is on line 4 at the root mapping's level; each later line opens one more level.
        #expect(diagnostics.first?.location.line == 4 + LoaderLimits.maxDepth)
    }

    @Test func compactSequenceNestingThousandsDeep() {
        let text = "jalur: 1\nkind: scenario\nid: deep\nx:\n" + String(repeating: "- ", count: 5_000) + "x\n"
        let diagnostics = load(text)
        #expect(diagnostics.map(\.code) == ["nesting-too-deep"])
        #expect(diagnostics.first?.location.line == 5)
    }

    @Test func aliasChainNestingDeep() {
        var text = "jalur: 1\nkind: scenario\nid: deep\na0: &a0 [x]\n"
        for level in 1...400 { text += "a\(level): &a\(level) [*a\(level - 1)]\n" }
        let diagnostics = load(text)
        #expect(diagnostics.map(\.code) == ["nesting-too-deep"])
    }

    @Test func aliasBomb() {
        var text = "jalur: 1\nkind: scenario\nid: lol\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let diagnostics = load(text)
        #expect(diagnostics.map(\.code) == ["too-many-nodes"])
        #expect(diagnostics.first?.location.file == "hostile.yaml")
    }

    @Test func aliasBombAsKey() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        for (key, column) in [("? *a9\n  : 1", 3), ("*a9 : 1", 3), ("[*a9]: 1", 3), ("{*a9: 1}: 2", 4)] {
            let diagnostics = load(text + "b:\n  \(key)\n")
            #expect(
                diagnostics.map(\.description) == [
                    "hostile.yaml:12:\(column): error: a mapping key must be a plain name, not an alias, a list, a mapping "
                        + "or a '?' key [complex-key]"
                ],
                "\(key)"
            )
        }
        let flow = load(text + "b: {c: 1, *a9 : 2}\n")
        #expect(flow.map(\.code) == ["complex-key"])
    }

    /// A file that writes out more nodes than the limit is refused before the composer builds them (tested
    /// with a limit of 1,000 so that the text stays small).
    @Test func moreNodesWrittenOutThanTheLimit() {
        let text = "jalur: 1\nkind: scenario\nid: many\nv:\n" + String(repeating: "- 1\n", count: 1_100)
        let diagnostics = ProgramLoader(nodeLimit: 1_000).load(source: text, file: "hostile.yaml").diagnostics
        // Lines 1–4 hold 7 nodes, so item k (line 4 + k) is node 7 + k; node 1,001 is on line 998.
        #expect(
            diagnostics.map(\.description) == [
                "hostile.yaml:998:3: error: the file expands to more than 1000 YAML nodes [too-many-nodes]"
            ]
        )
    }

    @Test func moreDocumentsThanTheNodeLimit() {
        let text = String(repeating: "---\n", count: 1_100)
        let diagnostics = ProgramLoader(nodeLimit: 1_000).load(source: text, file: "hostile.yaml").diagnostics
        #expect(
            diagnostics.map(\.description) == [
                "hostile.yaml:1001:1: error: the file expands to more than 1000 YAML nodes [too-many-nodes]"
            ]
        )
    }

    @Test(arguments: [
        ("jalur: 1\nkind: \u{0}services\n", "hostile.yaml:2:7"),
        ("jalur: 1\nkind: \"\\uD800\"\n", "hostile.yaml:2:10"),
        ("jalur: 1\nkind: *nowhere\n", "hostile.yaml:2:7"),
        ("jalur: 1\nkind: [a, b\n", "hostile.yaml:3:1"),
        ("jalur: 1\n  kind: x\n", "hostile.yaml:2:7"),
    ])
    func libyamlErrorsHavePositions(_ text: String, _ position: String) {
        let diagnostics = load(text)
        #expect(diagnostics.map(\.code) == ["yaml-syntax"])
        #expect(
            diagnostics.first?.description.hasPrefix(position + ": error: invalid YAML: ") == true,
            "\(diagnostics)"
        )
    }

    @Test func duplicateKeys() {
        let diagnostics = load("jalur: 1\nkind: facts\nid: r\nfields: {}\nkind: rules\n")
        #expect(
            diagnostics.map(\.description) == [
                "hostile.yaml:5:1: error: duplicate key 'kind' (first written at 2:1) [duplicate-key]"
            ]
        )
    }

    @Test func tabsInIndentation() {
        let diagnostics = load("jalur: 1\nkind: facts\nid: r\nfields:\n\tage: {type: int}\n")
        #expect(diagnostics.map(\.code) == ["yaml-syntax"])
        #expect(diagnostics.first?.location.line == 5)
        #expect(diagnostics.first?.location.column == 1)
        #expect(diagnostics.first?.help?.contains("tab") == true)
    }

    @Test func listAndScalarDocuments() {
        #expect(load("- a\n- b\n").map(\.code) == ["wrong-type"])
        #expect(load("42\n").map(\.code) == ["wrong-type"])
    }

    @Test func emptyFileIsAWarning() {
        let diagnostics = load("")
        #expect(diagnostics.map(\.code) == ["empty-file"])
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(
            "bom.yaml",
            bytes: [0xEF, 0xBB, 0xBF] + Array("jalur: 1\nkind: services\nid: s\nservices: []\nbad: 1\n".utf8)
        )
        #expect(
            load(paths: [path]).map(\.description) == [
                "\(path):5:1: error: unknown key 'bad' in a services document [unknown-key]"
            ]
        )
    }

    @Test func invalidUTF8() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(
            "latin1.yaml",
            bytes: Array("jalur: 1\nkind: services\nid: caf".utf8) + [0xE9, 0x0A]
        )
        let diagnostics = load(paths: [path])
        #expect(
            diagnostics.map(\.description) == [
                "\(path):3:8: error: the file is not valid UTF-8: byte 0xE9 at offset 31 [invalid-encoding]"
            ]
        )
    }

    @Test func fileOverTheSizeLimit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("huge.yaml")
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let chunk = Data(String(repeating: "# padding padding padding\n", count: 40_000).utf8)
        for _ in 0..<50 { try handle.write(contentsOf: chunk) }
        try handle.close()
        let diagnostics = load(paths: [path])
        #expect(diagnostics.map(\.code) == ["file-too-large"])
        #expect(diagnostics.first?.message.contains("10 MiB") == true)
    }

    @Test func unreadableFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: folder.path("gone.yaml"),
            withDestinationPath: folder.path("missing")
        )
        let diagnostics = load(paths: [folder.url.path])
        #expect(diagnostics.map(\.code) == ["unreadable-file"])
        #expect(diagnostics.first?.location.file == folder.path("gone.yaml"))
    }

    @Test func pathThatDoesNotExist() throws {
        let diagnostics = load(paths: ["/nonexistent/jalur/Rules"])
        #expect(
            diagnostics.map(\.description) == [
                "/nonexistent/jalur/Rules:1:1: error: no such file or folder '/nonexistent/jalur/Rules' [path-not-found]"
            ]
        )
    }

    @Test func folderWithoutYAML() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("notes.txt", text: "not yaml")
        #expect(load(paths: [folder.url.path]).map(\.code) == ["no-yaml-files"])
    }
}
