import Foundation
import JalurDiagnostics
import JalurExpression
import JalurJSON
import JalurLoader
import JalurModel
import Testing

/// Reading valid residents: facts become typed records, dates timestamps, maps and lists their values.
struct ResidentReaderTests {
    let reader = ResidentReader(program: ResidentTestProgram.program)

    func readYAML(_ text: String) throws -> ResidentReadResult {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("resident-\(UUID().uuidString).yaml")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try #require(reader.readFile(at: url.path).first)
    }

    func readLine(_ text: String, line: Int = 1) -> ResidentReadResult {
        Array(text.utf8).withUnsafeBufferPointer { reader.decodeJSONLine($0, file: "batch.jsonl", line: line) }
    }

    @Test func yamlResidentBecomesTypedFacts() throws {
        let result = try readYAML(
            """
            id: R-2026-017
            stage: assessment
            stage_entered_on: 2026-03-10
            admitted_on: 2026-03-02
            facts:
              gender: male
              age: 19
              substances: [methamphetamine, heroin]
              bmi: 18.5
              last_hiv_test: 2026-01-31
              family: {conflict_level: severe}
              assist: {heroin: 28, alcohol: 4}
              urine_tests:
                - {on: 2026-03-05, result: negative}
            referrals:
              - {service: rsj-detox, status: completed, date: 2026-03-03}
            """
        )
        #expect(result.diagnostics.isEmpty)
        let resident = try #require(result.resident)
        #expect(resident.id == "R-2026-017")
        #expect(resident.workflow == "medan-plus")
        #expect(resident.stage == "assessment")
        #expect(resident.stageEnteredOn == Day("2026-03-10"))
        #expect(
            resident.referrals == [
                ReferralRecord(service: "rsj-detox", status: .completed, date: Day(year: 2026, month: 3, day: 3))
            ]
        )
        let facts = resident.facts
        let type = ResidentTestProgram.residentType
        guard case .int(19)? = facts.fields[try #require(type.slot(of: "age"))] else { Issue.record("age"); return }
        guard case .double(18.5)? = facts.fields[try #require(type.slot(of: "bmi"))] else {
            Issue.record("bmi"); return
        }
        guard case .timestamp(let hiv)? = facts.fields[try #require(type.slot(of: "last_hiv_test"))] else {
            Issue.record("date"); return
        }
        #expect(hiv.seconds == Int64(try #require(Day("2026-01-31")).daysSinceEpoch) * 86_400)
        #expect(facts.fields[try #require(type.slot(of: "injecting"))] == nil)
        guard case .object(let family)? = facts.fields[try #require(type.slot(of: "family"))] else {
            Issue.record("family"); return
        }
        #expect(family.type === ResidentTestProgram.familyType)
        guard case .string("severe")? = family.fields[0] else { Issue.record("conflict"); return }
        #expect(family.fields[1] == nil)
        guard case .map(let assist)? = facts.fields[try #require(type.slot(of: "assist"))] else {
            Issue.record("map"); return
        }
        #expect(assist.entries.count == 2)
        guard case .list(let tests)? = facts.fields[try #require(type.slot(of: "urine_tests"))],
            case .object(let test)? = tests.first
        else { Issue.record("urine"); return }
        #expect(test.type === ResidentTestProgram.urineType)
    }

    @Test func jsonLineResidentUsesItsLineNumber() throws {
        let result = readLine(
            #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "female", "age": 30}}"#,
            line: 7
        )
        let resident = try #require(result.resident)
        #expect(resident.source == SourceLocation(file: "batch.jsonl", line: 7, column: 1))
    }

    @Test(arguments: [
        (#""female""#, "female"), (#""f\u0065male""#, "female"), (#""male""#, "male"), (#""m\u0061le""#, "male"),
    ])
    func jsonLineEnumValueIsReadHoweverItIsWritten(written: String, value: String) throws {
        let result = readLine(#"{"id": "R-1", "stage": "preparation", "facts": {"gender": "# + written + "}}")
        #expect(result.diagnostics.isEmpty)
        let resident = try #require(result.resident)
        let slot = try #require(ResidentTestProgram.residentType.slot(of: "gender"))
        guard case .string(let read)? = resident.facts.fields[slot] else {
            Issue.record("gender is not a string")
            return
        }
        #expect(read == value)
    }

    @Test func jsonLineEnumValueOnlyStartingWithAnAllowedOneIsRefused() {
        let result = readLine(#"{"id": "R-1", "stage": "preparation", "facts": {"gender": "males"}}"#)
        #expect(result.resident == nil)
        #expect(result.diagnostics.map(\.code) == ["unknown-enum-value"])
    }

    @Test func nullFactIsNotRecorded() throws {
        let result = readLine(#"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male", "age": null}}"#)
        let resident = try #require(result.resident)
        #expect(resident.facts.fields[1] == nil)
    }

    @Test func unknownServiceIsOnlyAWarning() throws {
        let result = readLine(
            #"{"id": "R-1", "stage": "preparation", "facts": {"gender": "male"}, "referrals": [{"service": "rsj-detx", "status": "pending", "date": "2026-03-01"}]}"#
        )
        #expect(result.resident != nil)
        #expect(result.diagnostics.map(\.code) == ["unknown-service"])
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.diagnostics.first?.help == "did you mean 'rsj-detox'?")
    }

    @Test func severalYAMLDocumentsAreSeveralResidents() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("two-\(UUID().uuidString).yaml")
        try Data(
            "id: A\nstage: preparation\nfacts: {gender: male}\n---\nid: B\nstage: assessment\nfacts: {gender: female}\n"
                .utf8
        ).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let results = reader.readFile(at: url.path)
        #expect(results.compactMap(\.resident?.id) == ["A", "B"])
    }

    @Test func absurdYAMLNestingIsRefusedBeforeParsing() throws {
        let deep =
            "id: R-1\nstage: preparation\nfacts: {gender: male, substances: " + String(repeating: "[", count: 50_000)
            + "\n"
        let result = try readYAML(deep)
        #expect(result.diagnostics.map(\.code) == ["nesting-too-deep"])
        #expect(result.resident == nil)
    }

    @Test func aliasBombIsBounded() throws {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<9 {
            lines.append(
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]"
            )
        }
        lines.append("id: R-1\nstage: preparation\nfacts: {gender: male, home_regency: *a8}")
        let result = try readYAML(lines.joined(separator: "\n") + "\n")
        #expect(result.resident == nil)
        #expect(!result.diagnostics.isEmpty)
    }
}
