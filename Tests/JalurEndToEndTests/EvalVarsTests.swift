import Foundation
import JalurTestSupport
import Testing

/// `jalur eval EXPR --vars FILE.json`: variables read with the project's JSON reader, errors with positions.
struct EvalVarsTests {
    /// Writes `json` to `vars.json` in a fresh folder and runs `jalur eval expression --vars vars.json` there.
    private func eval(_ expression: String, vars json: String) throws -> JalurRun {
        let folder = FileManager.default.temporaryDirectory.appending(path: "jalur-evalvars-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(json.utf8).write(to: folder.appending(path: "vars.json"))
        return try runJalur(arguments: ["eval", "--vars", "vars.json", "--", expression], in: folder)
    }

    @Test(arguments: [
        ("1", "int"),
        ("-0", "int"),
        ("9223372036854775807", "int"),
        ("-9223372036854775808", "int"),
        ("1.0", "double"),
        ("-9223372036854775808.0", "double"),
        ("1e2", "double"),
        ("1E-2", "double"),
        ("true", "bool"),
        ("null", "null_type"),
        ("\"heroin\"", "string"),
        ("[1, 2.5]", "list"),
        ("{\"k\": 1}", "map"),
    ])
    func jsonKindsBecomeCELTypes(json: String, type: String) throws {
        let run = try eval("type(x)", vars: "{\"x\": \(json)}")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == type + "\n", "\(run)")
    }

    @Test func valuesKeepTheirExactText() throws {
        let run = try eval(
            "[a, b, c, d]",
            vars: "{\"a\": -9223372036854775808, \"b\": 2.5, \"c\": 1e2, \"d\": {\"z\": 1, \"y\": [true]}}"
        )
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == "[-9223372036854775808, 2.5, 100.0, {\"y\": [true], \"z\": 1}]\n", "\(run)")
    }

    @Test(arguments: [
        ("{\"a\": 1,\n \"big\": 9223372036854775808}", "vars.json:2:9: error:", "[integer-out-of-range]"),
        ("{\"a\": [1,\n\n   -99999999999999999999]}", "vars.json:3:4: error:", "[integer-out-of-range]"),
        ("{\"a\": 1E400}", "vars.json:1:12: error:", "[invalid-json]"),
        ("{\"a\": [1,]}", "vars.json:1:10: error:", "[invalid-json]"),
        ("{\"a\": 1\n  \"b\": 2}", "vars.json:2:3: error:", "[invalid-json]"),
        ("{\"a\": 1, \"a\": 2}", "vars.json:1:10: error:", "[duplicate-key]"),
        ("[1, 2]", "vars.json:1:1: error:", "[invalid-vars]"),
        ("\n  \"x\"", "vars.json:2:3: error:", "[invalid-vars]"),
    ])
    func badVarsNamePosition(json: String, prefix: String, code: String) throws {
        let run = try eval("1", vars: json)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let first = try #require(lines.first, "\(run)")
        #expect(first.hasPrefix(prefix), "\(run)")
        #expect(first.hasSuffix(code), "\(run)")
        #expect(lines.dropFirst().first?.hasPrefix("help: ") == true, "\(run)")
    }

    @Test func nonObjectTopLevelSaysWhatItIs() throws {
        let run = try eval("1", vars: "[1]")
        #expect(run.stderr.contains("must hold a JSON object of variables, not a list"), "\(run)")
    }

    @Test func deepNestingIsAnErrorWithPosition() throws {
        let deep = "{\"a\": " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}"
        let run = try eval("1", vars: deep)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.hasPrefix("vars.json:1:"), "\(run)")
        #expect(run.stderr.contains("[nesting-too-deep]"), "\(run)")
        #expect(run.stderr.contains("\nhelp: "), "\(run)")
        let shallow = "{\"a\": " + String(repeating: "[", count: 60) + String(repeating: "]", count: 60) + "}"
        #expect(try eval("size(a)", vars: shallow).stdout == "1\n")
    }
}
