import Foundation
import JalurDiagnostics
import JalurTestSupport
import JalurValidation
import Testing

/// Every code is catalogued, documented in the README's "Diagnostic codes" tables, and (for the validator's
/// codes) exercised by an end-to-end fixture.
struct DiagnosticCodeDocumentationTests {
    /// The `code → severity` rows of the README section "Diagnostic codes".
    static func readmeRows() throws -> [String: String] {
        let readme = try String(contentsOf: Repository.root.appending(path: "README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "\n## Diagnostic codes\n"))
        let rest = readme[start.upperBound...]
        let section = rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)]
        var rows: [String: String] = [:]
        for match in section.matches(of: #/\n\| `([a-z0-9-]+)` \| (error|warning|note) \|/#) {
            rows[String(match.output.1)] = String(match.output.2)
        }
        return rows
    }

    @Test func readmeDocumentsExactlyTheCataloguedCodesWithTheirSeverity() throws {
        let rows = try Self.readmeRows()
        let catalogue = Dictionary(uniqueKeysWithValues: DiagnosticCatalog.all.map { ($0.code, $0.severity.rawValue) })
        #expect(rows == catalogue)
    }

    @Test func catalogueHasNoRepeatedCode() {
        let codes = DiagnosticCatalog.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        for code in codes { #expect(code.wholeMatch(of: #/[a-z0-9]+(-[a-z0-9]+)*/#) != nil, "kebab-case: \(code)") }
    }

    @Test func standardChecksDeclareExactlyTheValidationCodes() {
        let declared = ProgramValidator.standardChecks.flatMap(\.codes)
        #expect(ProgramValidator.standardChecks.allSatisfy { !$0.codes.isEmpty })
        #expect(Set(declared) == Set(DiagnosticCatalog.validation.map(\.code)))
        #expect(Set(declared).count == declared.count)
    }

    @Test func everyValidationCodeHasAnEndToEndFixture() {
        let folder = Repository.root.appending(path: "Tests/JalurEndToEndTests/Fixtures/validate/codes")
        for info in DiagnosticCatalog.validation {
            let path = folder.appending(path: "\(info.code).yaml").path
            #expect(FileManager.default.fileExists(atPath: path), "missing fixture for \(info.code)")
        }
    }

    /// Codes written as literals where the loader, the expression checker and the validator report them.
    static func codesInSources() throws -> Set<String> {
        let code = #"([a-z0-9]+(?:-[a-z0-9]+)+)"#
        let patterns = try [
            Regex(#"(?:error|warning|report|fail)\(\s*(?:\w+\s*\?\s*)?""# + code + #""(?:\s*:\s*""# + code + #"")?"#),
            Regex(#"\bcode:\s*(?:String\s*=\s*)?""# + code + #"""#),
            Regex(#"static let \w+ = ""# + code + #"""#),
        ]
        var codes: Set<String> = []
        for folder in [
            "Sources/JalurLoader", "Sources/JalurJSON", "Sources/JalurExpression/Syntax",
            "Sources/JalurExpression/Types",
            "Sources/JalurValidation", "Sources/JalurEngine/Simulation/Input", "Sources/JalurCLI",
        ] {
            let root = Repository.root.appending(path: folder)
            guard let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let url as URL in files where url.pathExtension == "swift" {
                let text = try String(contentsOf: url, encoding: .utf8)
                for pattern in patterns {
                    for match in text.matches(of: pattern) {
                        for capture in match.output.dropFirst() {
                            if let value = capture.substring { codes.insert(String(value)) }
                        }
                    }
                }
            }
        }
        return codes
    }

    @Test func everyCodeInTheSourcesIsCatalogued() throws {
        let found = try Self.codesInSources()
        #expect(found.isSuperset(of: DiagnosticCatalog.validation.map(\.code)), "the scan finds the validator's codes")
        let missing = found.subtracting(DiagnosticCatalog.all.map(\.code)).sorted()
        #expect(
            missing.isEmpty,
            "add these codes to Sources/JalurDiagnostics/Rendering/DiagnosticCatalog+*.swift and to the README table \"Diagnostic codes\": \(missing)"
        )
    }
}
