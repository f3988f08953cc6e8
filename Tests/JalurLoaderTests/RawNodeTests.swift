import JalurDiagnostics
import JalurModel
import Testing

/// Scalars follow the YAML 1.2 core schema.
struct RawNodeTests {
    private func plain(_ text: String, tag: String? = nil) -> RawNode {
        RawNode(.scalar(text, .plain), at: SourceLocation(file: "x", line: 1, column: 1), tag: tag)
    }

    @Test(arguments: ["yes", "no", "on", "off", "Yes", "y", "n"])
    func yesNoOnOffAreStrings(_ text: String) {
        #expect(plain(text).bool == nil)
        #expect(plain(text).string == text)
    }

    @Test func trueAndFalseAreBools() {
        #expect(plain("true").bool == true)
        #expect(plain("False").bool == false)
        #expect(plain("true").string == nil)
    }

    @Test func quotedScalarsAreAlwaysStrings() {
        let quoted = RawNode(.scalar("true", .doubleQuoted), at: SourceLocation(file: "x", line: 1, column: 1))
        #expect(quoted.bool == nil)
        #expect(quoted.string == "true")
    }

    @Test func numbers() {
        #expect(plain("42").int == 42)
        #expect(plain("-7").int == -7)
        #expect(plain("0x1F").int == 31)
        #expect(plain("0o17").int == 15)
        #expect(plain("1.5").int == nil)
        #expect(plain("1.5").double == 1.5)
        #expect(plain("1e3").double == 1000)
        #expect(plain("99999999999999999999").int == nil)
        #expect(plain("1_000").int == nil)
        #expect(plain("12abc").double == nil)
        #expect(plain("2026-03-02").string == "2026-03-02")
    }

    @Test func nulls() {
        for text in ["", "~", "null", "Null", "NULL"] { #expect(plain(text).isNull) }
        #expect(!plain("nil").isNull)
    }

    @Test func explicitStringTagKeepsTheText() {
        #expect(plain("true", tag: "tag:yaml.org,2002:str").string == "true")
    }
}
