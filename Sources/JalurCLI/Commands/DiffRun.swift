import JalurDiagnostics
import JalurEngine
import JalurJSON
import JalurLoader
import JalurModel

/// Reads each resident under both programs (their facts schemas may differ) and compares the evaluations.
struct DiffRun {
    private let beforeReader: ResidentReader
    private let afterReader: ResidentReader
    private var diff: ProgramDiff
    private let asOf: Day
    private var seen: Set<String> = []
    private(set) var results: [ResidentChanges] = []
    private(set) var hasFailures = false

    init(before: Program, after: Program, asOf: Day) {
        beforeReader = ResidentReader(program: before)
        afterReader = ResidentReader(program: after)
        diff = ProgramDiff(before: Engine(program: before), after: Engine(program: after))
        self.asOf = asOf
    }

    mutating func process(_ inputs: [ResidentInput]) {
        for input in inputs {
            switch input {
            case .file(let path):
                for (old, new) in zip(beforeReader.readFile(at: path), afterReader.readFile(at: path)) {
                    compare(old, new)
                }
            case .jsonLines(let path):
                processLines(path)
            }
        }
    }

    private mutating func processLines(_ path: String) {
        do {
            let lines = try JSONLinesReader(path: path, maxLineLength: ResidentReader.maxLineLength)
            while let batch = try lines.nextBatch() {
                for line in batch.lines {
                    guard !line.isTooLong else {
                        report(ResidentReader.lineTooLong(file: path, line: line.number).diagnostics)
                        continue
                    }
                    let pair = batch.bytes.withUnsafeBufferPointer { buffer in
                        let bytes = UnsafeBufferPointer(rebasing: buffer[line.range])
                        return (
                            beforeReader.decodeJSONLine(bytes, file: path, line: line.number),
                            afterReader.decodeJSONLine(bytes, file: path, line: line.number)
                        )
                    }
                    compare(pair.0, pair.1)
                }
            }
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
        }
    }

    private mutating func compare(_ old: ResidentReadResult, _ new: ResidentReadResult) {
        if old.diagnostics == new.diagnostics {
            report(new.diagnostics)
        } else {
            report(old.diagnostics.map { Self.tag($0, "before") } + new.diagnostics.map { Self.tag($0, "after") })
        }
        guard let was = old.resident, let now = new.resident else { return }
        guard seen.insert(now.id).inserted else {
            report([
                Diagnostic(
                    code: "duplicate-resident",
                    severity: .error,
                    message: "resident id '\(now.id)' was already read",
                    location: now.source,
                    help: "give each resident its own id; this one was not compared"
                )
            ])
            return
        }
        do throws(EngineError) {
            results.append(try diff.compare(before: was, after: now, asOf: asOf))
        } catch {
            report([error.diagnostic])
        }
    }

    private static func tag(_ diagnostic: Diagnostic, _ side: String) -> Diagnostic {
        var tagged = diagnostic
        tagged.message += " (under the program --\(side))"
        return tagged
    }

    private mutating func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        if diagnostics.contains(where: { $0.severity == .error }) { hasFailures = true }
        NextDiagnosticPrinter.standardError.print(diagnostics)
    }
}
