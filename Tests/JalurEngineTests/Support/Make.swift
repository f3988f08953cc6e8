import JalurDiagnostics
import JalurModel

/// Builds small programs in code, each declaration on its own line of a pretend file.
enum Make {
    static func at(_ file: String, _ line: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: 1)
    }

    static func located(_ text: String, _ file: String, _ line: Int) -> Located<String> {
        Located(text, at: at(file, line))
    }

    static func condition(_ text: String = "true") -> Condition {
        Condition(parts: [ExpressionSource(text: text, location: at("x.yaml", 1))], location: at("x.yaml", 1))
    }

    /// A rule on `line` of `rules.yaml`.
    static func rule(
        _ id: String,
        line: Int,
        refer service: String? = nil,
        aftercare: String? = nil,
        alert level: AlertLevel? = nil,
        urgency: Urgency = .routine,
        role: String? = nil,
        stages: [String]? = nil,
        suppressedBy: [String] = [],
        repeatAfterDays: Int? = nil,
        requires: [String] = [],
        holdsStage: Bool = false
    ) -> Rule {
        let action: RuleAction =
            if let service { .refer(located(service, "rules.yaml", line)) } else if let aftercare {
                .aftercare(located(aftercare, "rules.yaml", line))
            } else { .alert(level ?? .info) }
        return Rule(
            id: located(id, "rules.yaml", line),
            when: condition(),
            action: action,
            role: role,
            urgency: urgency,
            stages: stages.map { $0.map { located($0, "rules.yaml", line) } },
            suppressedBy: suppressedBy.map { located($0, "rules.yaml", line) },
            repeatAfterDays: repeatAfterDays,
            requires: requires.map { located($0, "rules.yaml", line) },
            holdsStage: holdsStage,
            because: LocalizedText(plain: "because \(id)"),
            document: "rules"
        )
    }

    /// A stage whose criteria and branches sit on lines from `line` on in `workflow.yaml`.
    static func stage(
        _ id: String,
        line: Int,
        next: String? = nil,
        terminal: Bool = false,
        minDays: Int? = nil,
        maxDays: Int? = nil,
        minDaysExpression: Bool = false,
        maxDaysExpression: Bool = false,
        criteria: [String] = [],
        branches: [(id: String, to: String)] = []
    ) -> Stage {
        let expression = ExpressionSource(text: "severe ? 9 : 3", location: at("workflow.yaml", line))
        return Stage(
            id: located(id, "workflow.yaml", line),
            minDays: minDaysExpression
                ? .expression(expression) : minDays.map { .constant(Located($0, at: at("workflow.yaml", line))) },
            maxDays: maxDaysExpression
                ? .expression(expression) : maxDays.map { .constant(Located($0, at: at("workflow.yaml", line))) },
            exitCriteria: criteria.enumerated().map { index, name in
                Criterion(
                    id: located(name, "workflow.yaml", line + 1 + index),
                    when: condition(),
                    because: LocalizedText(plain: "because \(name)")
                )
            },
            branches: branches.enumerated().map { index, branch in
                Branch(
                    id: located(branch.id, "workflow.yaml", line + 50 + index),
                    to: located(branch.to, "workflow.yaml", line + 50 + index),
                    when: condition(),
                    because: LocalizedText(plain: "because \(branch.id)")
                )
            },
            next: next.map { located($0, "workflow.yaml", line) },
            isTerminal: terminal
        )
    }

    /// A program with one workflow `w` (in `workflow.yaml`) and the rules (in `rules.yaml`).
    static func program(stages: [Stage], rules: [Rule], workflowID: String = "w") -> Program {
        let workflow = Workflow(
            id: located(workflowID, "workflow.yaml", 1),
            title: nil,
            facts: located("resident", "workflow.yaml", 1),
            start: stages[0].id,
            stages: stages
        )
        return Program(
            workflows: [workflow],
            rules: rules,
            documents: [
                DocumentInfo(kind: .workflow, id: workflowID, location: at("workflow.yaml", 1)),
                DocumentInfo(kind: .rules, id: "rules", location: at("rules.yaml", 1)),
            ]
        )
    }

    /// The usual pathway: `intake` (min 3, max 14; criteria `consent`, `history`; branch `quit` to `end`)
    /// → `work` (criterion `goals`) → terminal `end` (min 2; criterion `handover`).
    static func pathway() -> [Stage] {
        [
            stage(
                "intake",
                line: 10,
                next: "work",
                minDays: 3,
                maxDays: 14,
                criteria: ["consent", "history"],
                branches: [("quit", "end"), ("relapse", "work")]
            ),
            stage("work", line: 100, next: "end", criteria: ["goals"]),
            stage("end", line: 200, terminal: true, minDays: 2, criteria: ["handover"]),
        ]
    }
}
