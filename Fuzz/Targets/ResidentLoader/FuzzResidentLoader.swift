import Foundation
import JalurDiagnostics
import JalurEngine
import JalurJSON
import JalurLoader
import JalurModel

// The resident loader on random YAML, JSON and JSON Lines, read against the real program (Workflows and Rules
// of the repository, or the paths in JALUR_FUZZ_PROGRAM, separated by ':'). The first byte picks the format;
// each resident that decodes is evaluated by the engine, as `jalur next` would.

nonisolated(unsafe) private var reader: ResidentReader?
nonisolated(unsafe) private var evaluator: Evaluator?
nonisolated(unsafe) private var scratch = ""

/// Loads the program once, before the first input, and exits with status 2 when it does not load.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>
) -> CInt {
    let paths = (ProcessInfo.processInfo.environment["JALUR_FUZZ_PROGRAM"] ?? "Workflows:Rules")
        .split(separator: ":").map(String.init)
    let (program, diagnostics) = ProgramLoader().load(paths: paths)
    let errors = diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, !program.workflows.isEmpty else {
        print("fuzz-resident-loader: the program at \(paths) does not load: \(errors.prefix(3))")
        exit(2)
    }
    reader = ResidentReader(program: program)
    evaluator = Engine(program: program).makeEvaluator()
    scratch = NSTemporaryDirectory() + "jalur-fuzz-\(getpid())"
    return 0
}

/// Reads one input as a resident file in the format its first byte picks, and evaluates each valid resident.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResidentLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    guard let reader else { fatalError("LLVMFuzzerInitialize has not run") }
    let format = data[0] % 3
    let body = Data(bytes: data + 1, count: size - 1)
    let path = scratch + [".yaml", ".json", ".jsonl"][Int(format)]
    guard FileManager.default.createFile(atPath: path, contents: body) else { return 0 }
    defer { try? FileManager.default.removeItem(atPath: path) }
    var results: [ResidentReadResult] = []
    if format == 2 {
        do {
            let lines = try JSONLinesReader(path: path, maxLineLength: ResidentReader.maxLineLength)
            while let batch = try lines.nextBatch() {
                batch.bytes.withUnsafeBufferPointer { buffer in
                    for line in batch.lines {
                        if line.isTooLong {
                            results.append(ResidentReader.lineTooLong(file: path, line: line.number))
                            continue
                        }
                        let slice = UnsafeBufferPointer(rebasing: buffer[line.range])
                        results.append(reader.decodeJSONLine(slice, file: path, line: line.number))
                    }
                }
            }
        } catch {
            return 0
        }
    } else {
        results = reader.readFile(at: path)
    }
    for result in results {
        for diagnostic in result.diagnostics where diagnostic.location.line < 1 || diagnostic.location.column < 1 {
            fatalError("\(diagnostic.code) at \(diagnostic.location)")
        }
        guard let resident = result.resident, !result.hasErrors else { continue }
        for day in [
            Day(year: 2026, month: 4, day: 1), Day(year: 1, month: 1, day: 1), Day(year: 9999, month: 12, day: 31),
        ] {
            _ = try? evaluator?.evaluate(resident, asOf: day, includeTrace: true)
        }
    }
    return 0
}
