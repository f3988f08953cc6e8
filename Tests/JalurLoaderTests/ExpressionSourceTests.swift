import Foundation
import JalurDiagnostics
import JalurLoader
import JalurModel
import Testing

/// Every expression keeps the file position of each of its characters, whatever the YAML scalar style.
struct ExpressionSourceTests {
    /// Every expression of the program, with the text of its file.
    private func expressions(in program: Program) -> [ExpressionSource] {
        var all = program.facts.flatMap { $0.derived.map(\.expression) }
        for stage in program.workflows.flatMap(\.stages) {
            for limit in [stage.minDays, stage.maxDays] {
                if case .expression(let source) = limit { all.append(source) }
            }
            all += stage.exitCriteria.flatMap(\.when.parts) + stage.branches.flatMap(\.when.parts)
        }
        return all + program.rules.flatMap(\.when.parts)
    }

    static let programs = ["valid/spec-examples.yaml", "perf-program"]

    /// Each character that is not produced by an escape, a doubled quote or a folded line break sits at its
    /// recorded position in the file.
    @Test(arguments: programs)
    func charactersSitAtTheirPositions(_ path: String) throws {
        let url = try LoaderFixture.fixturesDirectory().appendingPathComponent(path)
        let (program, diagnostics) = ProgramLoader().load(paths: [url.path])
        #expect(diagnostics.isEmpty)
        var files: [String: [[Unicode.Scalar]]] = [:]
        let sources = expressions(in: program)
        #expect(sources.count > 5)
        for source in sources {
            let file = source.location.file
            if files[file] == nil {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                files[file] = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                    Array($0.unicodeScalars)
                }
            }
            let lines = try #require(files[file])
            for (offset, scalar) in source.text.unicodeScalars.enumerated() where !scalar.properties.isWhitespace {
                let location = source.location(ofOffset: offset)
                let line = lines[location.line - 1]
                let written = line[location.column - 1]
                #expect(
                    written == scalar || written == "\\" || (scalar == "'" && written == "'"),
                    "\(location): '\(scalar)' recorded where the file has '\(written)' in \(source.text)"
                )
            }
        }
    }

    @Test func quotedAndBlockScalarsRecordEveryPosition() throws {
        let url = try LoaderFixture.fixturesDirectory().appendingPathComponent("valid/spec-examples.yaml")
        let program = ProgramLoader().load(paths: [url.path]).program
        for source in expressions(in: program) {
            guard let locations = source.scalarLocations else { continue }
            #expect(locations.count == source.text.unicodeScalars.count)
            #expect(locations.first == source.location)
        }
        let quoted = expressions(in: program).filter { $0.text.hasPrefix("'heroin'") }
        #expect(!quoted.isEmpty)
        #expect(quoted.allSatisfy { $0.scalarLocations != nil })
        let multiline = expressions(in: program).filter { $0.text.contains("\n") }
        #expect(!multiline.isEmpty)
        #expect(multiline.allSatisfy { $0.scalarLocations != nil })
    }
}

/// The help lines that tell users how to fix what they wrote.
struct HelpTests {
    private func help(_ text: String) -> [String?] {
        ProgramLoader().load(source: text, file: "x.yaml").diagnostics.map(\.help)
    }

    @Test func yesSuggestsTrue() {
        let text = "jalur: 1\nkind: workflow\nid: w\nfacts: r\nstart: s\nstages: [{id: s, terminal: yes}]\n"
        #expect(help(text) == ["write 'true': YAML 1.2 reads 'yes' as a string"])
    }

    @Test func misspeltKeySuggestsTheKey() {
        let text = "jalur: 1\nkind: services\nid: s\nservices: []\ndescripton: x\n"
        #expect(help(text) == ["did you mean 'description'?"])
    }

    @Test func misspeltKindSuggestsTheKind() {
        #expect(
            help("jalur: 1\nkind: rule\nid: r\n") == [
                "did you mean 'rules'? kinds: workflow, facts, services, rules, tests, scenario"
            ]
        )
    }

    @Test func unsupportedVersionNamesTheSupportedOnes() {
        #expect(
            help("jalur: 3\nkind: rules\nid: r\nrules: []\n") == ["this jalur reads format version 1: write 'jalur: 1'"]
        )
    }

    @Test func expressionProblemsCarryTheCheckersHelp() {
        let text = """
            jalur: 1
            kind: facts
            id: r
            fields: {cows: {type: int}}
            derived:
              severe: resident.cowz > 24
            """
        let diagnostics = ProgramLoader().load(source: text, file: "x.yaml").diagnostics
        #expect(diagnostics.map(\.code) == ["unknown-field"])
        #expect(diagnostics.first?.help?.contains("cows") == true)
    }
}
