import Foundation
import JalurDiagnostics
import JalurJSON
import JalurLoader
import JalurValidation
import Testing

/// Replays the loader's fuzz findings in `Fixtures/fuzz-regressions/`.
///
/// The inputs crashed, hung or misplaced a diagnostic in a fuzz target once, or are hand-written hostile ones;
/// they are checked as the `fuzz-program-loader` and `fuzz-resident-loader` targets check them. A resident
/// finding's first byte picks its format in the fuzzer (0 YAML, 1 JSON, 2 JSON Lines); here the file extension
/// does, so drop that byte when adding one.
struct FuzzRegressionTests {
    static func inputs(_ target: String) throws -> [String] {
        let folder = try LoaderFixture.fixturesDirectory().appendingPathComponent("fuzz-regressions/\(target)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
            .sorted()
        guard !names.isEmpty else { throw FixtureError.noFixtures(folder.path) }
        return names.map { folder.appendingPathComponent($0).path }
    }

    /// The 1-based line count of `text` as YAML counts lines (`\n`, `\r\n` or a lone `\r` ends one), or more.
    static func lineCount(_ text: String) -> Int {
        text.unicodeScalars.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" }.count
    }

    @Test(arguments: try inputs("program-loader"))
    func programLoaderReplays(_ path: String) throws {
        let started = ContinuousClock.now
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let text = String(decoding: bytes, as: UTF8.self)
        let (program, loaded) = ProgramLoader().load(source: text, file: "input.yaml")
        let diagnostics = loaded + ProgramValidator().validate(program)
        #expect(diagnostics.contains { $0.severity == .error }, "a hostile input must not load cleanly")
        for diagnostic in diagnostics where diagnostic.location.file == "input.yaml" {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= Self.lineCount(text), "\(diagnostic)")
            #expect(diagnostic.location.column >= 1, "\(diagnostic)")
        }
        let renderer = TextRenderer(sourceLines: SourceLines(read: { $0 == "input.yaml" ? text : nil }))
        #expect(!renderer.render(diagnostics, summary: DiagnosticSummary(counting: diagnostics)).isEmpty)
        #expect(ContinuousClock.now - started < .seconds(120), "\(path) took too long")
    }

    @Test(arguments: try inputs("resident-loader"))
    func residentLoaderReplays(_ path: String) throws {
        let started = ContinuousClock.now
        let reader = ResidentReader(program: ResidentTestProgram.program)
        var results: [ResidentReadResult] = []
        if path.hasSuffix(".jsonl") {
            let lines = try JSONLinesReader(path: path, maxLineLength: ResidentReader.maxLineLength)
            while let batch = try lines.nextBatch() {
                batch.bytes.withUnsafeBufferPointer { buffer in
                    for line in batch.lines {
                        results.append(
                            line.isTooLong
                                ? ResidentReader.lineTooLong(file: path, line: line.number)
                                : reader.decodeJSONLine(
                                    UnsafeBufferPointer(rebasing: buffer[line.range]),
                                    file: path,
                                    line: line.number
                                )
                        )
                    }
                }
            }
        } else {
            results = reader.readFile(at: path)
        }
        let text = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
        #expect(results.contains { $0.hasErrors }, "a hostile input must not read cleanly")
        for diagnostic in results.flatMap(\.diagnostics) {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= Self.lineCount(text), "\(diagnostic)")
            #expect(diagnostic.location.column >= 1, "\(diagnostic)")
        }
        #expect(ContinuousClock.now - started < .seconds(120), "\(path) took too long")
    }
}
