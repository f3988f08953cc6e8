import JalurDiagnostics
import JalurLoader
import JalurModel
import JalurValidation

// The program loader on random YAML: load, validate and render the diagnostics as `jalur validate` does.
// Every diagnostic must point at a line and column that exist in the text.

/// Loads and validates one input as a program file, checks every diagnostic's position, and renders them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProgramLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (program, loadDiagnostics) = ProgramLoader().load(source: text, file: "fuzz.yaml")
    let diagnostics = loadDiagnostics + ProgramValidator().validate(program)
    // Lines end at \n, \r\n or a lone \r, as YAML counts them.
    let lines = text.unicodeScalars.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" }
    for diagnostic in diagnostics {
        let location = diagnostic.location
        guard location.file == "fuzz.yaml" else { continue }
        guard location.line >= 1, location.line <= lines.count, location.column >= 1 else {
            fatalError("\(diagnostic.code) at \(location.line):\(location.column) in a \(lines.count)-line text")
        }
    }
    let renderer = TextRenderer(sourceLines: SourceLines(read: { $0 == "fuzz.yaml" ? text : nil }))
    _ = renderer.render(diagnostics, summary: DiagnosticSummary(counting: diagnostics))
    return 0
}
