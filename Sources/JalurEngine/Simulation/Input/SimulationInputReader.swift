public import JalurDiagnostics
import JalurExpression
public import JalurModel

/// Reads simulation inputs (events files, scenario documents) from ``RawNode`` trees, typed by one workflow's
/// facts schema, collecting every problem with its position.
public struct SimulationInputReader {
    /// The workflow's compiled plan (its environment and resident type).
    let plan: WorkflowPlan
    /// The workflow's facts schema.
    let schema: FactsSchema
    /// Every service id of the program.
    let serviceIDs: Set<String>
    /// Every stage id of the workflow, in order.
    let stageIDs: [String]
    /// Problems found so far.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Prepares a reader for `workflow` of `program`; `nil` when the workflow did not compile or has no facts.
    public init?(program: Program, workflow: String) {
        guard let plan = program.plans[workflow], let definition = program.workflow(workflow),
            let schema = program.factsSchema(definition.facts.value)
        else { return nil }
        self.plan = plan
        self.schema = schema
        self.serviceIDs = Set(program.services.map(\.id.value))
        self.stageIDs = definition.stages.map(\.id.value)
    }

    mutating func error(
        _ code: String,
        _ message: String,
        at location: SourceLocation,
        help: String? = nil
    ) {
        diagnostics.append(
            Diagnostic(code: code, severity: .error, message: message, location: location, help: help)
        )
    }

    /// The pairs of a mapping node, or `nil` (with an error) for another node.
    mutating func mapping(_ node: RawNode, for what: String, allowed: [String]) -> [RawPair]? {
        guard let pairs = node.pairs else {
            error(
                "wrong-type",
                "'\(what)' must be a mapping, not \(node.kindDescription)",
                at: node.location
            )
            return nil
        }
        for pair in pairs {
            guard let key = pair.key.string else {
                error("wrong-type", "keys of '\(what)' must be strings", at: pair.key.location)
                continue
            }
            if !allowed.contains(key) {
                let suggestion = DidYouMean.closest(to: key, among: allowed)
                error(
                    "unknown-key",
                    "unknown key '\(key)' in '\(what)'",
                    at: pair.key.location,
                    help: suggestion.map { "did you mean '\($0)'?" }
                        ?? "allowed keys: \(allowed.joined(separator: ", "))"
                )
            }
        }
        return pairs
    }

    /// The pairs of a mapping node whose keys are free (fact paths, service ids), or `nil` with an error.
    mutating func pairs(_ node: RawNode, for what: String) -> [RawPair]? {
        guard let pairs = node.pairs else {
            error(
                "wrong-type",
                "'\(what)' must be a mapping, not \(node.kindDescription)",
                at: node.location
            )
            return nil
        }
        return pairs
    }

    /// The value of `key` among `pairs`.
    func value(of key: String, in pairs: [RawPair]) -> RawNode? {
        pairs.first { $0.key.string == key }?.value
    }

    /// A number node, or `nil` with an error.
    mutating func number(
        _ node: RawNode,
        for what: String,
        in range: ClosedRange<Double>? = nil
    )
        -> Double?
    {
        guard let value = node.double, value.isFinite else {
            error(
                "wrong-type",
                "'\(what)' must be a number, not \(node.kindDescription)",
                at: node.location
            )
            return nil
        }
        if let range, !range.contains(value) {
            error(
                "out-of-range",
                "'\(what)' is \(node.scalar?.text ?? "?"), outside \(Self.text(range.lowerBound))…\(Self.text(range.upperBound))",
                at: node.location,
                help: "use a value from \(Self.text(range.lowerBound)) to \(Self.text(range.upperBound))"
            )
            return nil
        }
        return value
    }

    /// A whole-number node, or `nil` with an error.
    mutating func integer(_ node: RawNode, for what: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = node.int else {
            error(
                "wrong-type",
                "'\(what)' must be a whole number, not \(node.kindDescription)",
                at: node.location
            )
            return nil
        }
        guard range.contains(value) else {
            error(
                "out-of-range",
                "'\(what)' is \(value), outside \(range.lowerBound)…\(range.upperBound)",
                at: node.location,
                help: "use a whole number from \(range.lowerBound) to \(range.upperBound)"
            )
            return nil
        }
        return value
    }

    /// A `YYYY-MM-DD` node, or `nil` with an error.
    mutating func day(_ node: RawNode, for what: String) -> Day? {
        guard let text = node.scalar?.text, let day = Day(text) else {
            error(
                "invalid-date",
                "'\(what)' must be a date written YYYY-MM-DD",
                at: node.location,
                help: "for example 2026-03-02"
            )
            return nil
        }
        return day
    }

    /// A string node, or `nil` with an error.
    mutating func string(_ node: RawNode, for what: String) -> String? {
        guard let text = node.string else {
            error(
                "wrong-type",
                "'\(what)' must be a string, not \(node.kindDescription)",
                at: node.location
            )
            return nil
        }
        return text
    }

    static func text(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : Statistics.fixed(value, decimals: 2)
    }
}
