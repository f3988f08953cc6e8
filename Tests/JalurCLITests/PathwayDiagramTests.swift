import JalurDiagnostics
import JalurModel
import Testing

@testable import JalurCLI

struct PathwayDiagramTests {
    struct LimitCase: CustomTestStringConvertible, Sendable {
        let min: DayLimit?
        let max: DayLimit?
        let label: String?
        var testDescription: String { label ?? "none" }
    }

    static let expr = DayLimit.expression(ExpressionSource(text: "x ? 1 : 2", location: SampleWorkflow.here))
    static func days(_ value: Int) -> DayLimit { .constant(SampleWorkflow.located(value)) }

    @Test(arguments: [
        LimitCase(min: nil, max: nil, label: nil),
        LimitCase(min: days(3), max: days(14), label: "3–14 d"),
        LimitCase(min: days(7), max: days(7), label: "7 d"),
        LimitCase(min: nil, max: days(180), label: "max 180 d"),
        LimitCase(min: days(3), max: nil, label: "min 3 d"),
        LimitCase(min: expr, max: days(300), label: "min expr, max 300 d"),
        LimitCase(min: days(3), max: expr, label: "min 3 d, max expr"),
        LimitCase(min: nil, max: expr, label: "max expr"),
    ])
    func labelsDayLimits(_ limits: LimitCase) {
        #expect(PathwayDiagram.daysLabel(min: limits.min, max: limits.max) == limits.label)
    }

    @Test func keepsFileOrderAndBranchOrderBeforeTheForwardMove() {
        let diagram = PathwayDiagram(workflow: SampleWorkflow.threeStages(), language: "en")
        #expect(diagram.nodes.map(\.id) == ["intake", "work", "closure"])
        #expect(diagram.nodes.map(\.isStart) == [true, false, false])
        #expect(diagram.nodes.map(\.isTerminal) == [false, false, true])
        let moves = diagram.edges.map { "\($0.from)>\($0.to)" }
        #expect(moves == ["intake>closure", "intake>work", "work>closure", "work>intake", "work>closure"])
        #expect(diagram.undeclaredTargets == [])
    }
}
