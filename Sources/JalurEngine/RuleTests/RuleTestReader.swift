import Foundation
public import JalurDiagnostics
public import JalurModel

/// Reads the raw content of `kind: tests` documents into ``RuleTestSuite`` values, checking every key and every
/// id the expectations name against the program.
public struct RuleTestReader: Sendable {
    static let testKeys = ["name", "as_of", "resident", "file", "expect"]

    let known: KnownIDs

    /// Prepares a reader for the tests of `program`.
    public init(program: Program) {
        known = KnownIDs(program: program)
    }

    /// Reads every test suite of the program.
    ///
    /// - Returns: The suites in load order, and every problem found (errors name file, line and column).
    public func read(_ suites: [TestSuite]) -> (suites: [RuleTestSuite], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var result: [RuleTestSuite] = []
        for suite in suites { result.append(readSuite(suite, diagnostics: &diagnostics)) }
        return (result, diagnostics)
    }

    private func readSuite(_ suite: TestSuite, diagnostics: inout [Diagnostic]) -> RuleTestSuite {
        var result = RuleTestSuite(id: suite.id.value, location: suite.location, tests: [])
        let items = suite.content?.pairs?.first { $0.key.scalar?.text == "tests" }?.value.items ?? []
        var names: [String: SourceLocation] = [:]
        for item in items where item.pairs != nil {
            var problems = RawProblems()
            let test = readTest(item, suite: suite.id.value, problems: &problems)
            if let test {
                if let first = names[test.name] {
                    problems.error(
                        "duplicate-test",
                        "test '\(test.name)' is already named at \(first)",
                        at: test.location,
                        help: "give each test of a document its own name"
                    )
                } else {
                    names[test.name] = test.location
                }
            }
            diagnostics += problems.diagnostics
            if let test, !problems.hasErrors { result.tests.append(test) } else { result.malformedCount += 1 }
        }
        return result
    }

    private func readTest(_ node: RawNode, suite: String, problems: inout RawProblems) -> RuleTest? {
        let pairs = problems.mapping(node, allowed: Self.testKeys, in: "a test")
        let name = pairs["name"].flatMap { problems.string($0, for: "name") }
        if pairs["name"] == nil {
            problems.missing("name", in: "a test", at: node, example: "name: what the test shows")
        }
        let asOf = readDate(pairs["as_of"], node: node, problems: &problems)
        let resident = readResident(pairs, node: node, problems: &problems)
        var expectation: RuleTestExpectation?
        if let expect = pairs["expect"] {
            expectation = ExpectationReader(known: known).read(expect, problems: &problems)
        } else {
            problems.missing("expect", in: "a test", at: node, example: "expect: {referrals: [service-id]}")
        }
        guard let name, let asOf, let resident, let expectation else { return nil }
        return RuleTest(
            suite: suite,
            name: name,
            location: node.location,
            asOf: asOf,
            resident: resident,
            expectation: expectation
        )
    }

    private func readDate(_ value: RawNode?, node: RawNode, problems: inout RawProblems) -> Day? {
        guard let value else {
            problems.missing("as_of", in: "a test", at: node, example: "as_of: 2026-04-01")
            return nil
        }
        guard let text = value.string, let day = Day(text) else {
            problems.error(
                "invalid-date",
                "'as_of' must be a date written YYYY-MM-DD, not \(value.kindDescription)",
                at: value.location,
                help: "write the date as YYYY-MM-DD, for example 2026-04-01"
            )
            return nil
        }
        return day
    }

    private func readResident(
        _ pairs: [String: RawNode],
        node: RawNode,
        problems: inout RawProblems
    ) -> RuleTest.ResidentSource? {
        switch (pairs["resident"], pairs["file"]) {
        case (let inline?, nil):
            return .inline(inline)
        case (nil, let file?):
            guard let path = problems.string(file, for: "file") else { return nil }
            let folder = (file.location.file as NSString).deletingLastPathComponent
            let resolved = path.hasPrefix("/") || folder.isEmpty ? path : folder + "/" + path
            return .file(path: resolved, at: file.location)
        case (_?, let file?):
            problems.error(
                "conflicting-keys",
                "a test gives both 'resident' and 'file'",
                at: file.location,
                help: "keep one: the resident inline, or a resident file"
            )
            return nil
        case (nil, nil):
            problems.missing(
                "resident",
                in: "a test",
                at: node,
                example: "resident: {id: T1, stage: ...} (or file: resident.yaml)"
            )
            return nil
        }
    }
}
