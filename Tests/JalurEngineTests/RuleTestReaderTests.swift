import JalurDiagnostics
import JalurEngine
import Testing

/// `kind: tests` documents: every key and id is checked, with positions and suggestions.
struct RuleTestReaderTests {
    func codes(_ tests: String) throws -> [String] {
        try RuleTestHarness(tests: tests).diagnostics.map { "\($0.code): \($0.message)" }
    }

    @Test func unknownKeysSuggestTheClosest() throws {
        let harness = try RuleTestHarness(
            tests: """
                  - name: typo
                    as_of: 2026-04-01
                    resident: {id: T1, stage: intake}
                    expect: {referals: [rsj-detox]}

                """
        )
        let diagnostic = try #require(harness.diagnostics.first { $0.code == "unknown-key" })
        #expect(diagnostic.message == "unknown key 'referals' in 'expect'")
        #expect(diagnostic.help == "did you mean 'referrals'?")
        #expect(diagnostic.location.column == 14)
        #expect(harness.suites.first?.tests.isEmpty == true)
        #expect(harness.suites.first?.malformedCount == 1)
    }

    @Test func unknownIDsAreErrors() throws {
        let found = try codes(
            """
              - name: ids
                as_of: 2026-04-01
                resident: {id: T1, stage: intake}
                expect: {referrals: [rsj-detx], alerts: [loud], blockers: [consnt], move: dne, undetermined: [nothing]}

            """
        )
        #expect(
            found == [
                "unknown-stage: the program has no stage 'dne'",
                "unknown-service: the program has no service 'rsj-detx'",
                "unknown-alert: the program has no alert rule or level 'loud'",
                "unknown-criterion: the program has no exit criterion 'consnt'",
                "unknown-condition: the program has no rule, criterion or branch 'nothing'",
            ]
        )
    }

    @Test func aTestNeedsItsKeys() throws {
        let found = try codes(
            """
              - name: nothing to check
                as_of: 1 April
                resident: {id: T1, stage: intake}
                file: r.yaml
                expect: {}
              - as_of: 2026-04-01
                resident: {id: T2, stage: intake}
                expect: {move: null}

            """
        )
        #expect(
            found == [
                "invalid-date: 'as_of' must be a date written YYYY-MM-DD, not a string",
                "conflicting-keys: a test gives both 'resident' and 'file'",
                "empty-expectation: 'expect' checks nothing, so the test cannot fail",
                "missing-key: a test needs 'name'",
            ]
        )
    }

    @Test func duplicateNamesAreErrors() throws {
        let found = try codes(
            """
              - name: same
                as_of: 2026-04-01
                resident: {id: T1, stage: intake}
                expect: {move: null}
              - name: same
                as_of: 2026-04-01
                resident: {id: T2, stage: intake}
                expect: {move: null}

            """
        )
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("duplicate-test: test 'same' is already named at program.yaml:") == true)
    }

    @Test func fileResidentsResolveAgainstTheTestsFolder() throws {
        let harness = try RuleTestHarness(
            tests: """
                  - name: from a file
                    as_of: 2026-04-01
                    file: residents/t1.yaml
                    expect: {move: null}

                """
        )
        let test = try #require(harness.suites.first?.tests.first)
        guard case .file(let path, _) = test.resident else {
            Issue.record("expected a file resident")
            return
        }
        #expect(path == "residents/t1.yaml")
    }
}
