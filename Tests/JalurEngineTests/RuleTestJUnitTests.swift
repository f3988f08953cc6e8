@testable import JalurEngine
import Testing

/// JUnit XML: escaping of user text, counts per suite, failures with their messages.
struct RuleTestJUnitTests {
    @Test func escapesMarkupQuotesAndControlCharacters() {
        let escaped = RuleTestsJUnit.escape("a < b & \"c\" 'd' >\u{1}\nend")
        #expect(escaped == "a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt;&#10;end")
    }

    @Test func countsFailuresAndErrorsPerSuite() throws {
        let harness = try RuleTestHarness(
            tests: """
                  - name: passes <here>
                    as_of: 2026-04-01
                    resident: {id: T1, stage: intake, facts: {cows: 20}}
                    expect: {referrals: [rsj-detox]}
                  - name: fails
                    as_of: 2026-04-01
                    resident: {id: T2, stage: intake, facts: {cows: 2}}
                    expect: {referrals: [rsj-detox]}
                  - name: errors
                    as_of: 2026-04-01
                    resident: {id: T3, stage: intake, facts: {cows: many}}
                    expect: {referrals: []}

                """
        )
        let xml = RuleTestsJUnit(program: harness.program).render(harness.run())
        let lines = xml.split(separator: "\n").map(String.init)
        #expect(lines.first == #"<?xml version="1.0" encoding="UTF-8"?>"#)
        #expect(lines.contains(#"<testsuites name="jalur test" tests="3" failures="1" errors="1">"#))
        #expect(lines.contains(#"  <testsuite name="suite" tests="3" failures="1" errors="1" file="program.yaml">"#))
        #expect(xml.contains(#"<testcase name="passes &lt;here&gt;" classname="suite" file="program.yaml""#))
        #expect(xml.contains(#"<failure message="referrals: expected to include [rsj-detox], got []">"#))
        #expect(xml.contains(#"<error message="&apos;resident.cows&apos; must be a whole number, not a string">"#))
    }
}
