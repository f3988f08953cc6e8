public import Foundation

/// Generates a large, valid program for timing `jalur validate`: one workflow of `stages` stages (a chain
/// with relapse branches and day limits), a facts schema, `services` services and `rules` rules spread over
/// referrals, aftercare and alerts, each with a distinct condition, so `validate --strict` passes.
public struct LargeProgram: Sendable {
    /// Stages in the workflow.
    public var stages: Int
    /// Rules in the rules documents.
    public var rules: Int
    /// Services in the services document.
    public var services: Int
    /// Rules per `kind: rules` document.
    public var rulesPerDocument: Int

    /// Describes a program of the given size.
    public init(stages: Int = 50, rules: Int = 1_000, services: Int = 30, rulesPerDocument: Int = 100) {
        self.stages = max(2, stages)
        self.rules = max(1, rules)
        self.services = max(1, services)
        self.rulesPerDocument = max(1, rulesPerDocument)
    }

    /// Every file of the program: its path relative to the program folder, and its text.
    public var files: [(path: String, text: String)] {
        var files = [
            ("Rules/resident.yaml", facts),
            ("Rules/services.yaml", servicesDocument),
            ("Workflows/large.yaml", workflow),
        ]
        for start in stride(from: 0, to: rules, by: rulesPerDocument) {
            let number = start / rulesPerDocument
            files.append(
                (
                    "Rules/rules-\(number).yaml",
                    rulesDocument(number, range: start..<min(rules, start + rulesPerDocument))
                )
            )
        }
        return files
    }

    /// Writes ``files`` under `folder`, creating `Workflows` and `Rules`.
    ///
    /// - Throws: A file-system error.
    public func write(to folder: URL) throws {
        for (path, text) in files {
            let url = folder.appending(path: path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    private var facts: String {
        """
        jalur: 1
        kind: facts
        id: resident
        fields:
          age: {type: int, min: 10, max: 100}
          score: {type: int, min: 0, max: 100000}
          cows: {type: int, min: 0, max: 48}
          injecting: {type: bool}
          relapsed: {type: bool}
          consent_signed: {type: bool}
          substances: {type: list, of: {type: enum, values: [methamphetamine, heroin, cannabis, alcohol, other]}}
          suicide_risk: {type: enum, values: [none, low, moderate, high]}
        derived:
          severe_case: resident.cows >= 25 || resident.injecting

        """
    }

    private var servicesDocument: String {
        var text = "jalur: 1\nkind: services\nid: services\nservices:\n"
        for number in 0..<services {
            text += "  - id: service-\(number)\n    title: {en: Service \(number), id: Layanan \(number)}\n"
            text += "    type: \(number % 5 == 4 ? "aftercare" : "health")\n    capacity_per_week: 5\n"
        }
        return text
    }

    private var workflow: String {
        var text =
            "jalur: 1\nkind: workflow\nid: large\ntitle: Large pathway\nfacts: resident\nstart: stage-0\nstages:\n"
        for number in 0..<stages {
            text += "  - id: stage-\(number)\n    title: {en: Stage \(number), id: Tahap \(number)}\n"
            guard number + 1 < stages else {
                text += "    terminal: true\n"
                continue
            }
            text += "    min_days: \(number % 2 == 0 ? "\"severe_case ? 14 : 7\"" : "3")\n    max_days: 60\n"
            text += "    exit_criteria:\n      - id: consent-\(number)\n        when: resident.consent_signed\n"
            if number > 0 {
                text += "    branches:\n      - id: relapse-\(number)\n        to: stage-\(number - 1)\n"
                text += "        when: resident.relapsed && resident.score > \(number)\n"
            }
            text += "    next: stage-\(number + 1)\n"
        }
        return text
    }

    private func rulesDocument(_ number: Int, range: Range<Int>) -> String {
        var text = "jalur: 1\nkind: rules\nid: rules-\(number)\nrules:\n"
        for rule in range {
            text += "  - id: rule-\(rule)\n    when:\n      - resident.score >= \(rule)\n"
            text += "      - \"'heroin' in resident.substances || resident.age < \(18 + rule % 50)\"\n"
            let service = rule % services
            switch rule % 7 {
            case 6:
                text += "    alert: \(["info", "warning", "critical"][rule % 3])\n"
            case _ where service % 5 == 4:
                text += "    aftercare: service-\(service)\n    stages: [stage-\(stages - 1)]\n"
            default:
                text +=
                    "    refer: service-\(service)\n    urgency: \(["immediate", "urgent", "soon", "routine"][rule % 4])\n"
                text += "    stages: [stage-\(rule % stages), stage-\((rule + 7) % stages)]\n"
                if rule >= 10 { text += "    suppressed_by: [rule-\(rule - 10)]\n" }
            }
            text += "    because: {en: \"Reason \(rule).\", id: \"Alasan \(rule).\"}\n"
        }
        return text
    }
}
