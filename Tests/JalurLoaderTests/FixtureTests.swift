import JalurLoader
import Testing

/// Each `Fixtures/invalid/NAME.yaml` yields exactly the diagnostics in `NAME.expected`.
struct InvalidFixtureTests {
    @Test(arguments: try LoaderFixture.all(in: "invalid"))
    func reportsExpectedDiagnostics(_ fixture: LoaderFixture) throws {
        let actual = try fixture.actualLines()
        try fixture.recordIfAsked(actual, folder: "invalid")
        let expected = try fixture.expectedLines()
        #expect(actual == expected)
    }

    /// Every diagnostic code the loader emits for a fixture appears in that fixture's name or expected lines,
    /// so that each code has its own fixture.
    @Test(arguments: try LoaderFixture.all(in: "invalid"))
    func namesItsCode(_ fixture: LoaderFixture) throws {
        let code = String(fixture.name.dropLast(".yaml".count)).split(separator: ".").first.map(String.init) ?? ""
        let expected = try fixture.expectedLines()
        #expect(expected.contains { $0.hasSuffix("[\(code)]") })
    }
}

/// Each `Fixtures/expressions/NAME.yaml` (a program with expression problems) yields exactly the diagnostics in
/// `NAME.expected`, positioned inside the expressions whatever the YAML scalar style.
struct ExpressionFixtureTests {
    @Test(arguments: try LoaderFixture.all(in: "expressions"))
    func reportsExpectedDiagnostics(_ fixture: LoaderFixture) throws {
        let actual = try fixture.actualLines()
        try fixture.recordIfAsked(actual, folder: "expressions")
        let expected = try fixture.expectedLines()
        #expect(actual == expected)
    }
}

/// Each `Fixtures/valid/NAME.yaml` loads with no diagnostics.
struct ValidFixtureTests {
    @Test(arguments: try LoaderFixture.all(in: "valid"))
    func loadsCleanly(_ fixture: LoaderFixture) throws {
        let actual = try fixture.actualLines()
        #expect(actual == [])
    }
}
