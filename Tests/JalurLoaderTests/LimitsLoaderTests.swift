import Foundation
import JalurDiagnostics
import JalurJSON
import JalurLoader
import Testing

/// Every loader limit (``LoaderLimits`` for programs, ``ResidentReader`` for residents): past it, one clean error
/// that names the limit and says what to do, never a crash or a hang.
struct LimitsLoaderTests {
    /// `levels` nested flow sequences.
    func nested(_ levels: Int) -> String {
        String(repeating: "[", count: levels) + String(repeating: "]", count: levels)
    }

    /// A "billion laughs" document: each level repeats the previous one ten times through aliases.
    func aliasBomb(levels: Int, key: String = "bomb") -> String {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<levels {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(previous)]")
        }
        lines.append("\(key): *a\(levels - 1)")
        return lines.joined(separator: "\n") + "\n"
    }

    func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jalur-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    // MARK: - Program files

    @Test func programFileOverTheSizeLimitIsNotRead() throws {
        let url = try temporaryFile(
            "big.yaml",
            Array(repeating: UInt8(ascii: "#"), count: LoaderLimits.maxFileBytes + 1)
        )
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let diagnostics = ProgramLoader().load(paths: [url.path]).diagnostics
        let diagnostic = try #require(diagnostics.first { $0.code == "file-too-large" })
        #expect(diagnostic.message == "the file is larger than the 10 MiB limit")
        #expect(diagnostic.help == "split it into several files; jalur reads every YAML file in a folder")
        #expect(diagnostic.severity == .error)
    }

    @Test func aliasBombStopsAtTheNodeLimit() throws {
        let started = ContinuousClock.now
        let diagnostics = ProgramLoader().load(source: aliasBomb(levels: 9), file: "bomb.yaml").diagnostics
        #expect(ContinuousClock.now - started < .seconds(120))
        let diagnostic = try #require(diagnostics.first { $0.code == "too-many-nodes" })
        #expect(diagnostic.message == "the file expands to more than 1000000 YAML nodes")
        #expect(diagnostic.help == "split the file, or stop reusing large anchors through aliases ('*name')")
        #expect(diagnostic.location.file == "bomb.yaml")
    }

    @Test func aliasesBelowTheNodeLimitAreFine() {
        let diagnostics = ProgramLoader().load(source: aliasBomb(levels: 4), file: "small.yaml").diagnostics
        #expect(!diagnostics.contains { $0.code == "too-many-nodes" })
    }

    @Test func nestingAtTheDepthLimitIsParsedAndDeeperIsRefused() throws {
        let fits = ProgramLoader().load(source: "x: " + nested(LoaderLimits.maxDepth - 1), file: "deep.yaml")
            .diagnostics
        #expect(!fits.contains { $0.code == "nesting-too-deep" })
        let tooDeep = ProgramLoader().load(source: "x: " + nested(LoaderLimits.maxDepth), file: "deep.yaml").diagnostics
        let diagnostic = try #require(tooDeep.first { $0.code == "nesting-too-deep" })
        #expect(diagnostic.message == "the YAML nests more than 256 levels deep")
        #expect(diagnostic.help == "flatten the structure; no jalur document needs more than a few levels")
        #expect(diagnostic.location.line == 1)
    }

    @Test(arguments: [100_000, 1_000_000])
    func hostileNestingIsRefusedBeforeParsing(_ levels: Int) throws {
        let diagnostics = ProgramLoader().load(source: nested(levels), file: "deep.yaml").diagnostics
        #expect(diagnostics.map(\.code) == ["nesting-too-deep"])
    }

    @Test func expressionLimitsApplyInsideProgramFiles() throws {
        let long = "'" + String(repeating: "a", count: 200_000) + "'"
        let deep = String(repeating: "(", count: 300) + "1 > 0" + String(repeating: ")", count: 300)
        let source = """
            jalur: 1
            kind: rules
            id: limits
            rules:
              - id: long
                when: "\(long) == 'b'"
                alert: info
                because: {en: x, id: x}
              - id: deep
                when: "\(deep)"
                alert: info
                because: {en: x, id: x}

            """
        let workflow = """
            jalur: 1
            kind: facts
            id: resident
            fields:
              age: {type: int}
            ---
            jalur: 1
            kind: workflow
            id: pathway
            facts: resident
            start: intake
            stages:
              - id: intake
                next: done
              - id: done
                terminal: true

            """
        let sources = [(file: "rules.yaml", text: source), (file: "workflow.yaml", text: workflow)]
        let diagnostics = ProgramLoader().load(sources: sources).diagnostics
        let long_ = try #require(diagnostics.first { $0.code == "expression-too-long" })
        #expect(long_.message == "expression is 200009 characters long, more than the limit of 200000")
        #expect(long_.location.line == 6)
        let deep_ = try #require(diagnostics.first { $0.code == "nesting-too-deep" })
        #expect(deep_.message == "expression nests deeper than 250 levels")
        #expect(deep_.location.line == 10)
    }

    // MARK: - Resident files

    let reader = ResidentReader(program: ResidentTestProgram.program)

    func read(_ name: String, _ text: String) throws -> [Diagnostic] {
        let url = try temporaryFile(name, Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        return reader.readFile(at: url.path).flatMap(\.diagnostics)
    }

    @Test func residentFileOverTheSizeLimitIsNotRead() throws {
        let diagnostics = try read("huge.yaml", "# " + String(repeating: "x", count: ResidentReader.maxFileSize))
        #expect(diagnostics.map(\.message) == ["the file is larger than 16 MiB"])
        #expect(diagnostics.map(\.code) == ["file-too-large"])
        #expect(diagnostics.first?.help == "split the residents into several files, or use JSON Lines")
    }

    @Test func residentAliasBombStopsAtTheNodeLimit() throws {
        let diagnostics = try read("bomb.yaml", aliasBomb(levels: 7, key: "facts"))
        #expect(diagnostics.map(\.code) == ["too-many-nodes"])
        #expect(diagnostics.first?.message == "the document has more than 200000 values")
        #expect(diagnostics.first?.help == "avoid aliases that repeat large parts of the document")
    }

    @Test func residentYAMLNestingIsLimited() throws {
        let diagnostics = try read("deep.yaml", "id: R-1\nstage: assessment\nfacts: " + nested(70) + "\n")
        #expect(diagnostics.map(\.code) == ["nesting-too-deep"])
        #expect(diagnostics.first?.message == "nesting deeper than 64 levels")
        #expect(diagnostics.first?.help == "flatten the data")
    }

    @Test func hostileResidentYAMLNestingIsAnErrorNotACrash() throws {
        let diagnostics = try read("deep.yaml", nested(100_000))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
    }

    @Test(arguments: ["deep.json", "batch.jsonl"])
    func residentJSONDepthIsLimited(_ name: String) throws {
        let text = #"{"id": "R-1", "stage": "assessment", "facts": "# + nested(40) + "}"
        let diagnostics: [Diagnostic]
        if name.hasSuffix(".jsonl") {
            diagnostics = Array(text.utf8).withUnsafeBufferPointer {
                reader.decodeJSONLine($0, file: name, line: 1).diagnostics
            }
        } else {
            diagnostics = try read(name, text)
        }
        #expect(diagnostics.map(\.code) == ["nesting-too-deep"])
        #expect(diagnostics.first?.message == "nesting deeper than 32 levels")
        #expect(diagnostics.first?.help == "flatten the data")
        #expect(diagnostics.first?.location.column == 78)
    }

    @Test func jsonLineOverTheLimitIsReportedAndTheNextLinesStillRead() throws {
        let lines = [
            #"{"a": 1}"#,
            "[" + String(repeating: " ", count: ResidentReader.maxLineLength - 2) + "]",
            "[" + String(repeating: " ", count: ResidentReader.maxLineLength - 1) + "]",
            "[" + String(repeating: " ", count: 3 * ResidentReader.maxLineLength) + "]",
            #"{"b": 2}"#,
            #"{"c": 3}"#,
        ]
        let url = try temporaryFile("batch.jsonl", Array((lines.joined(separator: "\n")).utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let reader = try JSONLinesReader(path: url.path, maxLineLength: ResidentReader.maxLineLength)
        var seen: [(number: Int, tooLong: Bool, text: String)] = []
        while let batch = try reader.nextBatch() {
            for line in batch.lines {
                let text = line.isTooLong ? "" : String(decoding: batch.bytes[line.range].prefix(8), as: UTF8.self)
                seen.append((line.number, line.isTooLong, text))
            }
        }
        #expect(seen.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(seen.map(\.tooLong) == [false, false, true, true, false, false])
        #expect(seen.map(\.text) == [#"{"a": 1}"#, "[       ", "", "", #"{"b": 2}"#, #"{"c": 3}"#])
        let diagnostic = try #require(ResidentReader.lineTooLong(file: "batch.jsonl", line: 3).diagnostics.first)
        #expect(
            diagnostic.description
                == "batch.jsonl:3:1: error: line is longer than 1 MiB (1048576 bytes) [line-too-long]"
        )
        #expect(diagnostic.help == "write one resident per line; a resident this large is not plausible")
    }
}
