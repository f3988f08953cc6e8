import Foundation
import JalurTestSupport
import Testing

/// Bad resident data through `jalur next`, end to end.
///
/// Each case is refused with its exact error text and exit status 1, and the resident is not evaluated. Nothing
/// is silently accepted.
struct HardeningNextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let bytes: [UInt8]
        let stderr: String
        /// How many residents of the file are good and evaluated (the bad one never is).
        let evaluated: Int
        var testDescription: String { file }

        init(_ file: String, _ text: String, evaluated: Int = 0, _ stderr: String) {
            self.init(file, bytes: Array(text.utf8), evaluated: evaluated, stderr)
        }

        init(_ file: String, bytes: [UInt8], evaluated: Int = 0, _ stderr: String) {
            self.file = file
            self.bytes = bytes
            self.evaluated = evaluated
            self.stderr = stderr
        }
    }

    static let head = "id: R-1\nstage: care\nstage_entered_on: 2026-03-20\n"
    static let jsonHead = #"{"id": "R-1", "stage": "care", "stage_entered_on": "2026-03-20""#

    static let refused: [Case] = [
        Case(
            "impossible-date.yaml",
            head + "facts: {last_use_on: 2026-02-30}\n",
            """
            impossible-date.yaml:4:22: error: 'resident.last_use_on' is not a valid date [invalid-date]
              help: write an existing day as YYYY-MM-DD, for example 2026-02-28

            """
        ),
        Case(
            "not-a-leap-year.yaml",
            head + "facts: {last_use_on: 2025-02-29}\n",
            """
            not-a-leap-year.yaml:4:22: error: 'resident.last_use_on' is not a valid date [invalid-date]
              help: write an existing day as YYYY-MM-DD, for example 2026-02-28

            """
        ),
        Case(
            "impossible-date.json",
            jsonHead + #", "facts": {"last_use_on": "2026-02-30"}}"#,
            """
            impossible-date.json:1:91: error: 'resident.last_use_on' is not a valid date [invalid-date]
              help: write an existing day as YYYY-MM-DD, for example 2026-02-28

            """
        ),
        Case(
            "year-zero.jsonl",
            #"{"id": "R-1", "stage": "care", "stage_entered_on": "0000-01-01"}"# + "\n",
            """
            year-zero.jsonl:1:52: error: 'stage_entered_on' is not a valid date [invalid-date]
              help: write an existing day as YYYY-MM-DD, for example 2026-02-28

            """
        ),
        Case(
            "entered-after-as-of.yaml",
            "id: R-1\nstage: care\nstage_entered_on: 2026-05-20\nadmitted_on: 2026-04-02\n",
            """
            entered-after-as-of.yaml:1:1: error: 'stage_entered_on' is later than the as-of date 2026-04-01 [date-after-as-of]
              help: correct the date, or evaluate with a later --as-of
            entered-after-as-of.yaml:1:1: error: 'admitted_on' is later than the as-of date 2026-04-01 [date-after-as-of]
              help: correct the date, or evaluate with a later --as-of

            """
        ),
        Case(
            "empty-id.jsonl",
            #"{"id": "", "stage": "care", "stage_entered_on": "2026-03-20"}"# + "\n",
            """
            empty-id.jsonl:1:8: error: 'id' is empty [wrong-type]
              help: write the resident's 'id'

            """
        ),
        Case(
            "blank-stage.yaml",
            "id: R-1\nstage: '  '\nstage_entered_on: 2026-03-20\n",
            """
            blank-stage.yaml:2:8: error: 'stage' is empty [wrong-type]
              help: write the resident's 'stage'

            """
        ),
        Case(
            "impossible-referral-date.yaml",
            head + "referrals: [{service: clinic, status: completed, date: 2026-04-31}]\n",
            """
            impossible-referral-date.yaml:4:56: error: 'referrals.date' is not a valid date [invalid-date]
              help: write an existing day as YYYY-MM-DD, for example 2026-02-28

            """
        ),
        Case(
            "int64-overflow.yaml",
            head + "facts: {age: 9223372036854775808}\n",
            """
            int64-overflow.yaml:4:14: error: 'resident.age' does not fit in a 64-bit integer [integer-overflow]
              help: record a whole number between -9223372036854775808 and 9223372036854775807

            """
        ),
        Case(
            "int64-overflow.jsonl",
            jsonHead + #", "facts": {"age": 99999999999999999999}}"# + "\n",
            """
            int64-overflow.jsonl:1:83: error: 'resident.age' does not fit in a 64-bit integer [integer-overflow]
              help: record a whole number between -9223372036854775808 and 9223372036854775807

            """
        ),
        Case(
            "nan.yaml",
            head + "facts: {bmi: .nan}\n",
            """
            nan.yaml:4:14: error: 'resident.bmi' must be a finite number [non-finite-number]
              help: NaN and infinity are not measurements; leave the fact out if it is unknown

            """
        ),
        Case(
            "infinity.yaml",
            head + "facts: {bmi: -.inf}\n",
            """
            infinity.yaml:4:14: error: 'resident.bmi' must be a finite number [non-finite-number]
              help: NaN and infinity are not measurements; leave the fact out if it is unknown

            """
        ),
        Case(
            "nan.jsonl",
            jsonHead + #", "facts": {"bmi": NaN}}"# + "\n",
            """
            nan.jsonl:1:83: error: NaN and Infinity are not numbers in JSON [invalid-json]
              help: record a finite number, or leave the fact out

            """
        ),
        Case(
            "infinity.jsonl",
            jsonHead + #", "facts": {"bmi": Infinity}}"# + "\n",
            """
            infinity.jsonl:1:83: error: NaN and Infinity are not numbers in JSON [invalid-json]
              help: record a finite number, or leave the fact out

            """
        ),
        Case(
            "double-overflow.jsonl",
            jsonHead + #", "facts": {"bmi": 1e999}}"# + "\n",
            """
            double-overflow.jsonl:1:88: error: number is too large for a double [invalid-json]
              help: record a smaller number

            """
        ),
        Case(
            "nan-string.jsonl",
            jsonHead + #", "facts": {"bmi": "NaN"}}"# + "\n",
            """
            nan-string.jsonl:1:83: error: 'resident.bmi' must be a number, not a string [wrong-type]
              help: remove the quotes around the value

            """
        ),
        Case(
            "duplicate-ids.jsonl",
            jsonHead + "}\n" + #"{"id": "R-2", "stage": "care", "stage_entered_on": "2026-03-20"}"# + "\n"
                + #"{"id": "R-1", "stage": "intake", "stage_entered_on": "2026-03-20"}"# + "\n",
            evaluated: 2,
            """
            duplicate-ids.jsonl:3:1: error: resident id 'R-1' was already read at duplicate-ids.jsonl:1:1 [duplicate-resident]
              help: give each resident its own id; this one was not evaluated

            """
        ),
        Case(
            "duplicate-ids.yaml",
            head + "---\n" + head,
            evaluated: 1,
            """
            duplicate-ids.yaml:5:1: error: resident id 'R-1' was already read at duplicate-ids.yaml:1:1 [duplicate-resident]
              help: give each resident its own id; this one was not evaluated

            """
        ),
        Case(
            "unknown-stage.yaml",
            "id: R-1\nstage: aftercare\nstage_entered_on: 2026-03-20\n",
            """
            unknown-stage.yaml:2:8: error: workflow 'pathway' has no stage 'aftercare' [unknown-stage]
              help: stages: intake, care, done

            """
        ),
        Case(
            "unknown-stage.jsonl",
            #"{"id": "R-1", "stage": "aftercare", "stage_entered_on": "2026-03-20"}"# + "\n",
            """
            unknown-stage.jsonl:1:24: error: workflow 'pathway' has no stage 'aftercare' [unknown-stage]
              help: stages: intake, care, done

            """
        ),
        Case(
            "string-for-list.yaml",
            head + "facts: {substances: heroin}\n",
            """
            string-for-list.yaml:4:21: error: 'resident.substances' must be a list, not a string [wrong-type]
              help: write a list, for example [value] or one '- value' per line

            """
        ),
        Case(
            "string-for-list.jsonl",
            jsonHead + #", "facts": {"substances": "heroin"}}"# + "\n",
            """
            string-for-list.jsonl:1:90: error: 'resident.substances' must be a list, not a string [wrong-type]
              help: write a list, for example [value] or one '- value' per line

            """
        ),
        Case(
            "string-for-referrals.jsonl",
            jsonHead + #", "referrals": "clinic"}"# + "\n",
            """
            string-for-referrals.jsonl:1:79: error: 'referrals' must be a list, not a string [wrong-type]
              help: write a list, for example [value] or one '- value' per line

            """
        ),
        Case(
            "yes.yaml",
            head + "facts: {relapsed: yes}\n",
            """
            yes.yaml:4:19: error: 'resident.relapsed' must be true or false, not the string 'yes' [not-a-bool]
              help: write true; YAML 1.2 reads yes, no, on and off as strings

            """
        ),
        Case(
            "no.yaml",
            head + "facts: {relapsed: no}\n",
            """
            no.yaml:4:19: error: 'resident.relapsed' must be true or false, not the string 'no' [not-a-bool]
              help: write false; YAML 1.2 reads yes, no, on and off as strings

            """
        ),
        Case(
            "referral-status.yaml",
            head + "referrals: [{service: clinic, status: done, date: 2026-03-01}]\n",
            """
            referral-status.yaml:4:39: error: referral status 'done' is not one of the known statuses [unknown-referral-status]
              help: allowed: suggested, pending, accepted, declined, completed

            """
        ),
        Case(
            "referral-status.jsonl",
            jsonHead + #", "referrals": [{"service": "clinic", "status": "Completed", "date": "2026-03-01"}]}"# + "\n",
            """
            referral-status.jsonl:1:112: error: referral status 'Completed' is not one of the known statuses [unknown-referral-status]
              help: did you mean 'completed'? allowed: suggested, pending, accepted, declined, completed

            """
        ),
        Case(
            "latin1.yaml",
            bytes: Array((head + "facts: {substances: [hero").utf8) + [0xE9] + Array("n]}\n".utf8),
            """
            latin1.yaml:4:26: error: the file is not valid UTF-8 [invalid-utf8]
              help: save the file as UTF-8

            """
        ),
        Case(
            "latin1.jsonl",
            bytes: Array((jsonHead + #", "facts": {"substances": ["hero"#).utf8) + [0xE9] + Array("n\"]}}\n".utf8),
            """
            latin1.jsonl:1:92: error: text is not valid UTF-8 [invalid-utf8]
              help: save the file as UTF-8

            """
        ),
        Case(
            "empty.yaml",
            "",
            """
            empty.yaml:1:1: error: the file holds no resident [empty-file]
              help: write one resident per file

            """
        ),
        Case(
            "comments-only.yaml",
            "# nothing recorded yet\n",
            """
            comments-only.yaml:1:1: error: the file holds no resident [empty-file]
              help: write one resident per file

            """
        ),
        Case(
            "empty.json",
            " \n",
            """
            empty.json:1:1: error: the file holds no resident [empty-file]
              help: write one resident per file

            """
        ),
        Case(
            "empty.jsonl",
            "",
            """
            empty.jsonl:1:1: error: the file holds no resident [empty-file]
              help: write one resident object per line, or remove the file from the command

            """
        ),
        Case(
            "blank-lines.jsonl",
            "\n  \n\r\n",
            """
            blank-lines.jsonl:1:1: error: the file holds no resident [empty-file]
              help: write one resident object per line, or remove the file from the command

            """
        ),
        Case(
            "byte-order-mark-inside.jsonl",
            jsonHead + "}\n\u{FEFF}" + #"{"id": "R-2", "stage": "care", "stage_entered_on": "2026-03-20"}"# + "\n",
            evaluated: 1,
            """
            byte-order-mark-inside.jsonl:2:1: error: unexpected character; a value was expected [invalid-json]
              help: values are objects, lists, strings, numbers, true, false or null

            """
        ),
        Case(
            "duplicate-key.yaml",
            head + "stage_entered_on: 2026-03-21\n",
            """
            duplicate-key.yaml:4:1: error: key 'stage_entered_on' appears twice in this mapping (first written at 3:1) [duplicate-key]
              help: keep one

            """
        ),
    ]

    @Test(arguments: refused)
    func badResidentIsRefused(_ testCase: Case) throws {
        let run = try next(testCase.file, testCase.bytes)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr == testCase.stderr)
        #expect(run.stdout.split(separator: "\n").count == testCase.evaluated, "\(run)")
    }

    @Test func duplicateIDKeepsTheFirstResidentOnly() throws {
        let text = Self.jsonHead + "}\n" + #"{"id": "R-1", "stage": "intake", "stage_entered_on": "2026-03-20"}"# + "\n"
        let run = try next("twice.jsonl", Array(text.utf8))
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains(#""stage":{"id":"care""#) == true, "\(run.stdout)")
    }

    /// A leading byte-order mark (as spreadsheet exports write) is allowed by YAML and JSON; the resident reads
    /// exactly as without it.
    @Test(arguments: ["bom.yaml", "bom.json", "bom.jsonl"])
    func leadingByteOrderMarkIsAllowed(_ file: String) throws {
        let text =
            file.hasSuffix(".yaml")
            ? Self.head + "facts: {age: 30}\n" : Self.jsonHead + #", "facts": {"age": 30}}"# + "\n"
        let plain = try next(file, Array(text.utf8))
        let marked = try next(file, [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(plain.status == 0, "\(plain)")
        #expect(marked.status == 0, "\(marked)")
        #expect(marked.stderr.isEmpty)
        #expect(marked.stdout == plain.stdout)
        #expect(marked.stdout.contains(#""resident":"R-1""#))
    }

    @Test func jsonLineOverTheLimitIsRefusedAndTheOthersEvaluated() throws {
        let padding = String(repeating: " ", count: 1 << 20)
        let text =
            Self.jsonHead + "}\n" + #"{"id": "R-2", "stage": "care", "#
            + padding + #""stage_entered_on": "2026-03-20"}"# + "\n"
            + #"{"id": "R-3", "stage": "care", "stage_entered_on": "2026-03-20"}"# + "\n"
        let run = try next("long.jsonl", Array(text.utf8))
        #expect(run.status == 1)
        #expect(
            run.stderr == """
                long.jsonl:2:1: error: line is longer than 1 MiB (1048576 bytes) [line-too-long]
                  help: write one resident per line; a resident this large is not plausible

                """
        )
        #expect(run.stdout.split(separator: "\n").count == 2)
        #expect(run.stdout.contains(#""resident":"R-3""#))
    }

    @Test func residentFileOverTheLimitIsRefused() throws {
        let text = Self.head + "# " + String(repeating: "x", count: 16 << 20) + "\n"
        let run = try next("huge.yaml", Array(text.utf8))
        #expect(run.status == 1)
        #expect(
            run.stderr == """
                huge.yaml:1:1: error: the file is larger than 16 MiB [file-too-large]
                  help: split the residents into several files, or use JSON Lines

                """
        )
    }

    /// A batch is decoded and evaluated in parallel pieces; the output is still in input order and identical run
    /// after run (under `swift test --sanitize=thread` this also checks the batch workers for data races).
    @Test func parallelBatchIsDeterministicAndInInputOrder() throws {
        let stages = ["intake", "care", "done"]
        let lines = (0..<600).map { index in
            let facts = #"{"age": \#(10 + index % 80), "relapsed": \#(index % 3 == 0), "substances": ["heroin"]}"#
            return
                #"{"id": "R-\#(index)", "stage": "\#(stages[index % 3])", "stage_entered_on": "2026-03-20", "facts": \#(facts)}"#
        }
        let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        let first = try next("batch.jsonl", bytes)
        let second = try next("batch.jsonl", bytes)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty)
        #expect(first.stdout == second.stdout)
        let ids = first.stdout.split(separator: "\n").map { line in
            line.firstRange(of: #""resident":""#).map { line[$0.upperBound...].prefix { $0 != "\"" } } ?? ""
        }
        #expect(ids == (0..<600).map { "R-\($0)"[...] })
    }

    /// Writes `bytes` to `file` in a fresh folder and runs `jalur next` on it against the hardening program.
    private func next(_ file: String, _ bytes: [UInt8]) throws -> JalurRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jalur-hardening-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appendingPathComponent(file))
        let program = Repository.root.appendingPathComponent("Tests/JalurEndToEndTests/Fixtures/hardening/program").path
        return try runJalur(
            arguments: ["next", file, "--program", program, "--as-of", "2026-04-01", "--format", "jsonl"],
            in: folder
        )
    }
}
