import JalurDiagnostics
import JalurModel

/// A value located at `line`:`column` of `file` (1-based).
func located<Value>(
    _ value: Value,
    _ line: Int,
    _ column: Int,
    file: String = SampleProgram.workflowFile
)
    -> Located<Value>
{
    Located(value, at: SourceLocation(file: file, line: line, column: column))
}

/// A small valid program built in code, as the loader would build it from the files it names, so that each
/// test can break one thing and assert exactly where the diagnostic points.
///
/// The pathway is `preparation → assessment → implementation → termination`, with a relapse branch from
/// implementation back to assessment; three services, each used by one rule.
enum SampleProgram {
    static let workflowFile = "Workflows/sample.yaml"
    static let factsFile = "Rules/resident.yaml"
    static let servicesFile = "Rules/services.yaml"
    static let rulesFile = "Rules/referrals.yaml"

    /// The clean program.
    static func make() -> Program {
        Program(
            facts: [FactsSchema(id: located("resident", 3, 5, file: factsFile), fields: [], derived: [])],
            services: [
                service("rsj-detox", line: 5),
                service("family-mediation", line: 8),
                service("na-group", line: 11),
            ],
            workflows: [workflow()],
            rules: [
                rule("detox", line: 5, action: .refer(located("rsj-detox", 7, 12, file: rulesFile))),
                rule("family", line: 10, action: .refer(located("family-mediation", 12, 12, file: rulesFile))),
                rule(
                    "na-aftercare",
                    line: 15,
                    action: .aftercare(located("na-group", 17, 16, file: rulesFile)),
                    stages: [located("termination", 18, 14, file: rulesFile)]
                ),
                rule("suicide-risk", line: 20, action: .alert(.critical)),
            ]
        )
    }

    static func workflow() -> Workflow {
        Workflow(
            id: located("sample", 3, 5),
            title: nil,
            facts: located("resident", 4, 8),
            start: located("preparation", 5, 8),
            stages: [
                Stage(
                    id: located("preparation", 7, 9),
                    minDays: .constant(located(3, 8, 15)),
                    maxDays: .constant(located(14, 9, 15)),
                    next: located("assessment", 10, 11)
                ),
                Stage(id: located("assessment", 11, 9), next: located("implementation", 12, 11)),
                Stage(
                    id: located("implementation", 13, 9),
                    branches: [
                        Branch(
                            id: located("relapse", 15, 13),
                            to: located("assessment", 16, 13),
                            when: condition("resident.relapsed", line: 17, column: 15),
                            because: nil
                        )
                    ],
                    next: located("termination", 18, 11)
                ),
                Stage(id: located("termination", 19, 9), isTerminal: true),
            ]
        )
    }

    static func service(_ id: String, line: Int, type: String = "health") -> Service {
        Service(
            id: located(id, line, 9, file: servicesFile),
            title: LocalizedText(plain: id),
            type: type,
            document: "services"
        )
    }

    static func rule(
        _ id: String,
        line: Int,
        when: String = "resident.age >= 18",
        action: RuleAction,
        stages: [Located<String>]? = nil,
        suppressedBy: [Located<String>] = [],
        requires: [Located<String>] = []
    ) -> Rule {
        Rule(
            id: located(id, line, 9, file: rulesFile),
            when: condition(when, line: line + 1, column: 11, file: rulesFile),
            action: action,
            stages: stages,
            suppressedBy: suppressedBy,
            requires: requires,
            document: "referrals"
        )
    }

    static func condition(_ text: String, line: Int, column: Int, file: String = workflowFile) -> Condition {
        let location = SourceLocation(file: file, line: line, column: column)
        return Condition(parts: [ExpressionSource(text: text, location: location)], location: location)
    }
}

/// A diagnostic reduced to what tests assert: code, severity, file, line and column.
struct Finding: Hashable, CustomStringConvertible {
    let code: String
    let severity: Severity
    let file: String
    let line: Int
    let column: Int

    init(_ code: String, _ severity: Severity, _ file: String, _ line: Int, _ column: Int) {
        self.code = code
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
    }

    init(_ diagnostic: Diagnostic) {
        self.init(
            diagnostic.code,
            diagnostic.severity,
            diagnostic.location.file,
            diagnostic.location.line,
            diagnostic.location.column
        )
    }

    var description: String { "\(file):\(line):\(column): \(severity.rawValue) [\(code)]" }
}
