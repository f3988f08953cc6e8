import JalurDiagnostics
import JalurModel

/// Workflows built in code for the graph tests.
enum SampleWorkflow {
    static let here = SourceLocation(file: "sample.yaml", line: 1, column: 1)

    static func located<Value>(_ value: Value) -> Located<Value> { Located(value, at: here) }

    static func condition(_ text: String) -> Condition {
        Condition(parts: [ExpressionSource(text: text, location: here)], location: here)
    }

    static func branch(_ id: String, to target: String) -> Branch {
        Branch(id: located(id), to: located(target), when: condition("resident.left"), because: nil)
    }

    /// Three stages: intake (start, 3–14 days, a branch out), work (an expression and a branch back),
    /// closure (terminal).
    static func threeStages() -> Workflow {
        Workflow(
            id: located("short"),
            title: LocalizedText([("en", "Short pathway"), ("id", "Jalur pendek")]),
            facts: located("resident"),
            start: located("intake"),
            stages: [
                Stage(
                    id: located("intake"),
                    title: LocalizedText([("en", "Intake"), ("id", "Penerimaan")]),
                    minDays: .constant(located(3)),
                    maxDays: .constant(located(14)),
                    branches: [branch("to-closure", to: "closure")],
                    next: located("work")
                ),
                Stage(
                    id: located("work"),
                    title: LocalizedText(plain: "Group work"),
                    minDays: .expression(ExpressionSource(text: "severe_case ? 180 : 90", location: here)),
                    maxDays: .constant(located(300)),
                    branches: [branch("to-closure", to: "closure"), branch("relapse", to: "intake")],
                    next: located("closure")
                ),
                Stage(id: located("closure"), isTerminal: true),
            ]
        )
    }

    /// A workflow of one terminal stage called `id`.
    static func single(_ id: String) -> Workflow {
        Workflow(
            id: located(id),
            title: nil,
            facts: located("resident"),
            start: located("end"),
            stages: [Stage(id: located("end"), isTerminal: true)]
        )
    }
}
