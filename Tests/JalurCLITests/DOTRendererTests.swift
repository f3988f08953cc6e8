import JalurModel
import Testing

@testable import JalurCLI

struct DOTRendererTests {
    @Test func drawsStagesMovesBranchesAndLimits() {
        let output = DOTRenderer.render(PathwayDiagram(workflow: SampleWorkflow.threeStages(), language: "en"))
        let expected = """
            digraph "short" {
                label="Short pathway";
                labelloc="t";
                rankdir="TB";
                node [shape="box", style="rounded"];
                "intake" [label="Intake\\n3–14 d", penwidth="2"];
                "work" [label="Group work\\nmin expr, max 300 d"];
                "closure" [label="closure", shape="doubleoctagon"];
                "intake" -> "closure" [style="dashed", constraint="false", label="to-closure"];
                "intake" -> "work";
                "work" -> "closure" [style="dashed", constraint="false", label="to-closure"];
                "work" -> "intake" [style="dashed", constraint="false", label="relapse"];
                "work" -> "closure";
            }

            """
        #expect(output == expected)
    }

    @Test func quotesTextDOTWouldRead() {
        #expect(DOTRenderer.quote("a \"b\" \\ c") == #""a \"b\" \\ c""#)
        #expect(DOTRenderer.quote(["Title", "3 d"]) == #""Title\n3 d""#)
        #expect(DOTRenderer.quote("two\nlines") == #""two lines""#)
    }
}
