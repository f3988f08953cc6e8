import JalurDiagnostics
import JalurExpression
import JalurJSON
import JalurModel

/// Reads the top-level keys of a resident (SPEC §2.5) and its facts and referrals.
struct ResidentDecoder {
    static let keys = ["id", "workflow", "stage", "stage_entered_on", "admitted_on", "facts", "referrals"]
    static let referralKeys = ["service", "status", "date"]

    /// The position of `key` in ``keys``, without hashing (this runs once per key per resident).
    static func keyIndex(_ key: String) -> Int? {
        switch key {
        case "id": 0
        case "workflow": 1
        case "stage": 2
        case "stage_entered_on": 3
        case "admitted_on": 4
        case "facts": 5
        case "referrals": 6
        default: nil
        }
    }

    /// The top-level members found, by ``keyIndex(_:)``.
    struct TopLevelMembers {
        var members: [JSONMember?] = Array(repeating: nil, count: 7)

        subscript(key: String) -> JSONMember? {
            ResidentDecoder.keyIndex(key).flatMap { members[$0] }
        }

        /// Records a member, reporting unknown and repeated keys.
        mutating func add(_ member: JSONMember, context: inout DecodeContext) {
            guard let index = ResidentDecoder.keyIndex(member.key) else {
                context.unknownKey(member.key, among: ResidentDecoder.keys, in: "a resident", at: member.keyPosition)
                return
            }
            guard members[index] == nil else {
                context.error(
                    "duplicate-key",
                    "key '\(member.key)' appears twice",
                    help: "keep one",
                    at: member.keyPosition
                )
                return
            }
            members[index] = member
        }
    }

    let program: Program
    let schemas: [String: ResidentSchema]
    let serviceIDs: Set<String>

    func decode(_ root: JSONNode, context: inout DecodeContext) -> Resident? {
        guard case .object(let members) = root.value else {
            context.error(
                "wrong-type",
                "a resident must be an object, not \(root.value.kindName == "list" ? "a list" : "a \(root.value.kindName)")",
                help: "write one resident as an object with 'id', 'stage' and 'facts'",
                at: root.position
            )
            return nil
        }
        var nodes = TopLevelMembers()
        for member in members { nodes.add(member, context: &context) }
        return finish(nodes, rootPosition: root.position, streamedFacts: nil, context: &context)
    }

    /// Facts already decoded while reading (``ResidentReader/decodeJSONLine(_:file:line:)``), with the
    /// workflow whose schema read them.
    struct StreamedFacts {
        let workflow: String
        let value: ObjectValue?
    }

    /// The schema to stream facts with before the whole resident is read: the only workflow, or the one
    /// named by a `workflow` key already read; `nil` when that is not known yet.
    func streamingSchema(_ nodes: TopLevelMembers) -> ResidentSchema? {
        if let member = nodes["workflow"] {
            guard case .string(let name) = member.value.value else { return nil }
            return schemas[name]
        }
        return program.workflows.count == 1 ? program.workflows.first.flatMap { schemas[$0.id.value] } : nil
    }

    /// Checks the top-level members and builds the resident.
    func finish(
        _ nodes: TopLevelMembers,
        rootPosition: JSONPosition,
        streamedFacts: StreamedFacts?,
        context: inout DecodeContext
    ) -> Resident? {
        let root = JSONNode(.null, at: rootPosition)
        let id = requiredString("id", nodes, root: root, context: &context)
        let schema = resolveWorkflow(nodes["workflow"], root: root, context: &context)
        let stage = requiredString("stage", nodes, root: root, context: &context)
        if let stage, let schema, !schema.stageSet.contains(stage.value) {
            let close =
                DidYouMean.closest(to: stage.value, among: schema.stageIDs).map { "did you mean '\($0)'? " } ?? ""
            context.error(
                "unknown-stage",
                "workflow '\(schema.workflow)' has no stage '\(stage.value)'",
                help: "\(close)stages: \(schema.stageIDs.joined(separator: ", "))",
                at: stage.position
            )
        }
        let stageEnteredOn = date(nodes["stage_entered_on"], context: &context)
        let admittedOn = date(nodes["admitted_on"], context: &context)
        let referrals = decodeReferrals(nodes["referrals"], context: &context)
        var facts: ObjectValue?
        if let schema {
            if let streamedFacts, streamedFacts.workflow == schema.workflow {
                facts = streamedFacts.value
            } else if let member = nodes["facts"] {
                facts = schema.facts.decode(member.value, depth: 0, context: &context)
            } else {
                facts = schema.facts.decode(JSONNode(.object([]), at: root.position), depth: 0, context: &context)
            }
        }
        guard !context.hasErrors, let id, let stage, let schema, let facts else { return nil }
        return Resident(
            id: id.value,
            workflow: schema.workflow,
            stage: stage.value,
            stageEnteredOn: stageEnteredOn,
            admittedOn: admittedOn,
            facts: facts,
            referrals: referrals,
            source: context.location(root.position)
        )
    }

    private func requiredString(
        _ key: String,
        _ nodes: TopLevelMembers,
        root: JSONNode,
        context: inout DecodeContext
    ) -> (value: String, position: JSONPosition)? {
        guard let member = nodes[key] else {
            context.error(
                "missing-key",
                "a resident needs '\(key)'",
                help: "add '\(key): ...' to the resident",
                at: root.position
            )
            return nil
        }
        if case .string(let text) = member.value.value, text.allSatisfy(\.isWhitespace) {
            context.error(
                "wrong-type",
                "'\(key)' is empty",
                help: "write the resident's '\(key)'",
                at: member.value.position
            )
            return nil
        }
        guard case .string(let text) = member.value.value else {
            context.wrongType(key, expected: "a non-empty string", found: member.value.value, at: member.value.position)
            return nil
        }
        return (text, member.value.position)
    }

    private func resolveWorkflow(_ member: JSONMember?, root: JSONNode, context: inout DecodeContext) -> ResidentSchema?
    {
        let ids = program.workflows.map(\.id.value)
        guard let member else {
            if ids.count == 1, let only = ids.first {
                return schemaOrError(only, at: root.position, context: &context)
            }
            context.error(
                "missing-key",
                "a resident needs 'workflow' when the program has \(ids.count) workflows",
                help: ids.isEmpty
                    ? "load a program with a workflow (--program)" : "workflows: \(ids.joined(separator: ", "))",
                at: root.position
            )
            return nil
        }
        guard case .string(let name) = member.value.value else {
            context.wrongType("workflow", expected: "a string", found: member.value.value, at: member.value.position)
            return nil
        }
        guard ids.contains(name) else {
            let close = DidYouMean.closest(to: name, among: ids).map { "did you mean '\($0)'? " } ?? ""
            context.error(
                "unknown-workflow",
                "the program has no workflow '\(name)'",
                help: "\(close)workflows: \(ids.joined(separator: ", "))",
                at: member.value.position
            )
            return nil
        }
        return schemaOrError(name, at: member.value.position, context: &context)
    }

    private func schemaOrError(_ id: String, at position: JSONPosition, context: inout DecodeContext) -> ResidentSchema?
    {
        if let schema = schemas[id] { return schema }
        context.error(
            "workflow-not-compiled",
            "workflow '\(id)' has errors, so residents cannot be evaluated against it",
            help: "run 'jalur validate' and fix the workflow",
            at: position
        )
        return nil
    }

    private func date(_ member: JSONMember?, context: inout DecodeContext) -> Day? {
        guard let member else { return nil }
        return dateValue(member.value, path: member.key, context: &context)
    }

    func dateValue(_ node: JSONNode, path: String, context: inout DecodeContext) -> Day? {
        if case .null = node.value { return nil }
        guard case .timestamp(let timestamp) = FactDecoder.date.decode(node, path: path, depth: 0, context: &context)
        else { return nil }
        return Day(daysSinceEpoch: Int(timestamp.seconds / 86_400))
    }
}
