import JalurExpression
import Testing

/// Runs every public CEL conformance case in-process (see `Fixtures/cel/README.md`).
struct CELConformanceTests {
    static let knownGaps: Set<String> = (try? CELCase.knownGaps()) ?? []

    @Test(arguments: try CELCase.all())
    func conformanceCase(_ testCase: CELCase) throws {
        if Self.knownGaps.contains(testCase.id) {
            withKnownIssue { try Self.run(testCase) }
        } else {
            try Self.run(testCase)
        }
    }

    private static func run(_ testCase: CELCase) throws {
        var environment = ExprEnvironment()
        var bindings: [(VariableSlot, Value)] = []
        for (name, typed) in testCase.bindings.sorted(by: { $0.key < $1.key }) {
            let type = testCase.isCheckDisabled ? .dyn : try CELTypeName.parse(testCase.declarations[name] ?? "dyn")
            bindings.append((environment.declare(name, type: type), typed.value))
        }
        for (name, typeName) in testCase.declarations where environment.slot(of: name) == nil {
            environment.declare(name, type: testCase.isCheckDisabled ? .dyn : try CELTypeName.parse(typeName))
        }
        let result: Value
        do {
            let compiled = try environment.compile(testCase.expression, checksTypes: !testCase.isCheckDisabled)
            let activation = Activation(environment: environment)
            for (slot, value) in bindings { activation.bind(slot, to: value) }
            result = compiled.evaluate(activation)
        } catch {
            let messages = error.issues.map(\.message)
            #expect(testCase.expected == nil, "compile error: \(messages)")
            return
        }
        guard let expected = testCase.expected?.value else {
            if case .error = result { return }
            Issue.record("expected an error, got \(result.celLiteral)")
            return
        }
        #expect(result.matchesConformanceValue(expected), "got \(result.celLiteral), expected \(expected.celLiteral)")
    }
}
