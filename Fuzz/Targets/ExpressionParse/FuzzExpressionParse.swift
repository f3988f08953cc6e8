import JalurExpression

// Lexer + parser + checker on random text: every input must give a compiled expression or a clean
// ExprCompileError whose issues point inside the text; compiled ones are evaluated once.

nonisolated(unsafe) private let fixture = FuzzExpressionFixture()

/// Compiles one input as an expression, with and without type checks, and evaluates it when it compiles.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpressionParse(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for checksTypes in [true, false] {
        do {
            let compiled = try fixture.environment.compile(source, checksTypes: checksTypes)
            _ = compiled.evaluate(fixture.activation)
            fixture.activation.reset()
            fixture.bind()
        } catch {
            let scalars = source.unicodeScalars.count
            for issue in error.issues {
                guard issue.offset >= 0, issue.offset <= scalars, issue.length >= 0 else {
                    fatalError("issue \(issue.code) at offset \(issue.offset) outside a \(scalars)-scalar source")
                }
                let (line, column) = issue.position(in: source)
                guard line >= 1, column >= 1 else { fatalError("issue \(issue.code) at \(line):\(column)") }
                _ = issue.rendered(in: source, file: "fuzz.yaml")
            }
        }
    }
    return 0
}
