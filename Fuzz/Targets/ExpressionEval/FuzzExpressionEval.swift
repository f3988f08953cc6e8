import JalurExpression

// The evaluator on random values: a fixed set of expressions over dyn variables `a`, `b` and `c`, compiled
// once; each input builds three values from its bytes and evaluates every expression on them. Any result is
// fine (errors are values); crashes, hangs and sanitizer reports are not.

private let sources: [String] = [
    "a + b", "a - b", "a * b", "a / b", "a % b", "-a", "!a", "a == b", "a != b", "a < b", "a <= b", "a > b",
    "a >= b", "a in b", "a && b", "a || b", "a ? b : c", "size(a)", "a.size()", "has(a.f)", "a[b]", "a[b][c]",
    "a.f", "a.f.g", "int(a)", "uint(a)", "double(a)", "string(a)", "bool(a)", "bytes(a)", "dyn(a) == dyn(b)",
    "type(a) == type(b)", "type(a)", "timestamp(a)", "duration(a)", "date(a)", "days_since(a)", "days_until(a)",
    "a.contains(b)", "a.startsWith(b)", "a.endsWith(b)", "a.matches(b)", "matches(a, b)",
    "a.all(x, x == b)", "a.exists(x, x < b)", "a.exists_one(x, x > b)", "a.map(x, x + b)",
    "a.filter(x, x != b)", "a.map(x, x, x)", "a.all(k, a[k] == b)", "a.map(x, a.map(y, x + y))",
    "a.getFullYear()", "a.getMonth()", "a.getDate()", "a.getDayOfMonth()", "a.getDayOfWeek()", "a.getDayOfYear()",
    "a.getHours()", "a.getMinutes()", "a.getSeconds()", "a.getMilliseconds()", "a.getFullYear(b)",
    "a.getHours(b)", "a.getDayOfWeek(b)", "a + duration(b)", "a - timestamp(b)", "timestamp(a) + b",
    "a.getHours() + b.getMinutes()", "[a, b, c]", "{a: b}", "{a: b, c: a}", "[a, b] + [c]", "a + [b]",
    "string(a) + string(b)", "int(a) + int(b)", "double(a) / double(b)", "int(a) * int(b) % int(c)",
    "a == b && b == c", "a in [b, c]", "b in {a: c}", "size(a) + size(b)", "a.size() > 2 || b[0] == c",
    "string(a).matches(string(b))", "string(a).size()", "int(string(a))", "double(string(a))",
    "timestamp(string(a))", "duration(string(a))", "date(string(a))", "a < b ? a : b", "has(a.f) ? a.f : c",
]

nonisolated(unsafe) private var compiled: [CompiledExpression] = []
nonisolated(unsafe) private var activation: Activation?
nonisolated(unsafe) private var slots: [VariableSlot] = []

/// Compiles the expressions once, before the first input, and prints how many compiled.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>
) -> CInt {
    var environment = ExprEnvironment()
    slots = ["a", "b", "c"].map { environment.declare($0, type: .dyn) }
    for source in sources {
        do {
            compiled.append(try environment.compile(source, checksTypes: false))
        } catch {
            print("fuzz-expression-eval: not compiled: \(source): \(error.issues.map(\.message))")
        }
    }
    print("fuzz-expression-eval: \(compiled.count) of \(sources.count) expressions compiled")
    activation = Activation(environment: environment)
    return 0
}

/// Builds three values from one input's bytes and evaluates every compiled expression on them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpressionEval(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let activation else { fatalError("LLVMFuzzerInitialize has not run") }
    var bytes = FuzzBytes(UnsafeBufferPointer(start: data, count: size))
    for slot in slots { activation.bind(slot, to: bytes.value(depth: 0)) }
    for expression in compiled {
        _ = expression.evaluate(activation)
    }
    activation.reset()
    return 0
}
