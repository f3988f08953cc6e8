import Foundation
import JalurDiagnostics
import JalurEngine
import JalurJSON
import JalurLoader
import JalurModel

/// One `jalur next` run.
///
/// It reads residents in order, evaluates them, writes the chosen format, and remembers whether anything failed.
/// JSON Lines batches go through ``NextBatchWorkers`` in parallel.
struct NextRun {
    let program: Program
    let settings: NextSettings
    let engine: Engine
    let reader: ResidentReader
    private var evaluator: Evaluator
    private var sink = NextOutputSink()
    private var seenIDs: [String: SourceLocation] = [:]
    private var rows: [CaseloadRow] = []
    private var emitted = 0
    private var pendingSingle: [UInt8]?
    private(set) var hasFailures = false

    init(program: Program, settings: NextSettings) {
        self.program = program
        self.settings = settings
        self.engine = Engine(program: program)
        self.reader = ResidentReader(program: program)
        self.evaluator = engine.makeEvaluator()
    }

    mutating func process(_ inputs: [ResidentInput]) {
        for input in inputs {
            switch input {
            case .file(let path):
                for result in reader.readFile(at: path) {
                    let outcome = NextResidentOutcome.make(
                        result,
                        evaluator: &evaluator,
                        settings: settings,
                        renderer: renderer
                    )
                    accept(outcome)
                }
            case .jsonLines(let path):
                processBatch(path)
            }
        }
    }

    private mutating func processBatch(_ path: String) {
        let lines: JSONLinesReader
        do {
            lines = try JSONLinesReader(path: path, maxLineLength: ResidentReader.maxLineLength)
        } catch {
            report([
                Diagnostic(
                    code: "unreadable-file",
                    severity: .error,
                    message: error.message,
                    location: SourceLocation(file: path, line: 1, column: 1),
                    help: "check the path and its permissions"
                )
            ])
            return
        }
        let workers = NextBatchWorkers(engine: engine, reader: reader, settings: settings, renderer: renderer)
        do {
            var isEmpty = true
            while let batch = try lines.nextBatch() {
                isEmpty = false
                for outcome in workers.process(batch, file: path) { accept(outcome) }
            }
            if isEmpty {
                report([
                    Diagnostic(
                        code: "empty-file",
                        severity: .error,
                        message: "the file holds no resident",
                        location: SourceLocation(file: path, line: 1, column: 1),
                        help: "write one resident object per line, or remove the file from the command"
                    )
                ])
            }
        } catch {
            report([
                Diagnostic(
                    code: "unreadable-file",
                    severity: .error,
                    message: error.message,
                    location: SourceLocation(file: path, line: 1, column: 1),
                    help: nil
                )
            ])
        }
    }

    var renderer: NextResidentRenderer {
        NextResidentRenderer(program: program, settings: settings)
    }

    private mutating func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        if diagnostics.contains(where: { $0.severity == .error }) { hasFailures = true }
        NextDiagnosticPrinter.standardError.print(diagnostics)
    }

    /// Reports, checks for duplicate ids, and writes one resident's output, in input order.
    private mutating func accept(_ outcome: NextResidentOutcome) {
        report(outcome.diagnostics)
        guard let id = outcome.residentID, let location = outcome.location else { return }
        if let first = seenIDs[id] {
            report([
                Diagnostic(
                    code: "duplicate-resident",
                    severity: .error,
                    message: "resident id '\(id)' was already read at \(first)",
                    location: location,
                    help: "give each resident its own id; this one was not evaluated"
                )
            ])
            return
        }
        seenIDs[id] = location
        guard outcome.isEvaluated else { return }
        if let row = outcome.row { rows.append(row) }
        emit(outcome.output)
    }

    private mutating func emit(_ bytes: [UInt8]) {
        switch settings.format {
        case .jsonl:
            sink.write(bytes)
        case .json:
            if !settings.isCaseload, emitted == 0, pendingSingle == nil {
                pendingSingle = bytes
                return
            }
            if let single = pendingSingle {
                sink.write("[\n  ")
                sink.write(reindented(single))
                pendingSingle = nil
            }
            sink.write(emitted == 0 ? "[\n  " : ",\n  ")
            sink.write(settings.isCaseload ? bytes : reindented(bytes))
        case .text:
            if !settings.isCaseload {
                if emitted > 0 { sink.write("\n") }
                sink.write(bytes)
            }
        }
        emitted += 1
    }

    /// A single object written at indent 0 moved to indent 2, for when a second resident turns it into an array.
    private func reindented(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        for byte in bytes {
            result.append(byte)
            if byte == UInt8(ascii: "\n") { result.append(contentsOf: [0x20, 0x20]) }
        }
        return result
    }

    mutating func finish() {
        switch settings.format {
        case .jsonl: break
        case .json:
            if let single = pendingSingle {
                sink.write(single)
                sink.write("\n")
            } else if emitted == 0 {
                sink.write("[]\n")
            } else {
                sink.write("\n]\n")
            }
        case .text:
            if settings.isCaseload {
                sink.write(
                    CaseloadTable(program: program, language: settings.language, style: settings.style).render(rows)
                )
            }
        }
        sink.flush()
    }
}
