import JalurModel
import Testing

@testable import JalurCLI

struct MermaidRendererTests {
    @Test func drawsStagesMovesBranchesAndLimits() {
        let output = MermaidRenderer.render(PathwayDiagram(workflow: SampleWorkflow.threeStages(), language: "en"))
        let expected = """
            flowchart TD
                %% Short pathway (short)
                s_intake["Intake<br/>3–14 d"]
                s_work["Group work<br/>min expr, max 300 d"]
                s_closure((("closure")))
                s_intake -.->|to-closure| s_closure
                s_intake --> s_work
                s_work -.->|to-closure| s_closure
                s_work -.->|relapse| s_intake
                s_work --> s_closure
                classDef startStage stroke-width:3px
                class s_intake startStage

            """
        #expect(output == expected)
    }

    @Test func usesTheChosenLanguage() {
        let output = MermaidRenderer.render(PathwayDiagram(workflow: SampleWorkflow.threeStages(), language: "id"))
        #expect(output.contains("%% Jalur pendek (short)"))
        #expect(output.contains("s_intake[\"Penerimaan<br/>3–14 d\"]"))
        #expect(output.contains("s_work[\"Group work<br/>"))
    }

    @Test func escapesCharactersMermaidWouldRead() {
        #expect(MermaidRenderer.escape("Say \"hi\" #1 <b> & a|b") == "Say #quot;hi#quot; #35;1 #lt;b#gt; #amp; a#124;b")
        #expect(MermaidRenderer.escape("two\nlines") == "two lines")
    }

    @Test func namesNodesSafelyAndUniquely() {
        var workflow = SampleWorkflow.single("w")
        workflow.stages = ["end", "a-b", "a_b", "graph"].map { Stage(id: SampleWorkflow.located($0), next: nil) }
        workflow.stages[0].next = SampleWorkflow.located("missing stage")
        let names = MermaidRenderer.nodeNames(for: PathwayDiagram(workflow: workflow, language: "en"))
        let expected = [
            "end": "s_end", "a-b": "s_a_b", "a_b": "s_a_b_2", "graph": "s_graph", "missing stage": "s_missing_stage",
        ]
        #expect(names == expected)
    }
}
