import JalurExpression
import JalurModel

/// What a resident on one workflow may record: its stages and its facts decoder, built once per workflow.
struct ResidentSchema: Sendable {
    let workflow: String
    let stageIDs: [String]
    let stageSet: Set<String>
    let facts: ObjectDecoder

    /// Builds the schema of `workflow`, or `nil` when the program has no compiled plan or facts for it.
    init?(workflow: Workflow, program: Program) {
        guard let plan = program.plans[workflow.id.value],
            let schema = program.factsSchema(workflow.facts.value)
        else { return nil }
        self.workflow = workflow.id.value
        self.stageIDs = workflow.stages.map(\.id.value)
        self.stageSet = Set(stageIDs)
        self.facts = ObjectDecoder(fields: schema.fields, type: plan.residentType, path: "resident")
    }
}
