/// The `sarif` format: SARIF 2.1.0, the format GitHub code scanning and many editors read.
///
/// One run whose `tool.driver.rules` has one rule per code that occurs (sorted by id, with its description,
/// help and default level from ``DiagnosticCatalog``), and one result per diagnostic with its `ruleId`,
/// `ruleIndex`, `level`, message (the help on a second line) and location. Columns count Unicode scalars,
/// so the run declares `columnKind: unicodeCodePoints`.
public struct SARIFRenderer: DiagnosticRenderer {
    /// The schema the output declares.
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// Where users learn about the tool, shown by SARIF viewers.
    ///
    /// Change it here if the project's home moves.
    public static let informationURI = "https://github.com/medan-plus/jalur"

    /// The tool version to report, if known.
    public var toolVersion: String?

    /// Creates a renderer.
    public init(toolVersion: String? = nil) {
        self.toolVersion = toolVersion
    }

    /// The SARIF log: one run with the rules of the codes that occur and one result per diagnostic.
    public func render(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) -> String {
        let codes = Set(diagnostics.map(\.code)).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        var driver: [(key: String, value: JSONText)] = [("name", .string("jalur"))]
        if let toolVersion { driver.append(("version", .string(toolVersion))) }
        driver.append(("informationUri", .string(Self.informationURI)))
        driver.append(("rules", .array(codes.map { rule(for: $0, in: diagnostics) })))
        let results = diagnostics.map { result(for: $0, ruleIndex: ruleIndex[$0.code] ?? 0) }
        let run: JSONText = .object([
            ("tool", .object([("driver", .object(driver))])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ])
        return JSONText.object([
            ("$schema", .string(Self.schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).prettyPrinted
    }

    private func rule(for code: String, in diagnostics: [Diagnostic]) -> JSONText {
        let info = DiagnosticCatalog.info(for: code)
        let severity = info?.severity ?? diagnostics.first { $0.code == code }?.severity ?? .error
        return .object([
            ("id", .string(code)),
            ("shortDescription", .object([("text", .string(info?.summary ?? code))])),
            ("help", .object([("text", .string(info?.help ?? "see the message of each result"))])),
            ("defaultConfiguration", .object([("level", .string(Self.level(severity)))])),
        ])
    }

    private func result(for diagnostic: Diagnostic, ruleIndex: Int) -> JSONText {
        let text = diagnostic.message + (diagnostic.help.map { "\nhelp: \($0)" } ?? "")
        let region: JSONText = .object([
            ("startLine", .int(max(1, diagnostic.location.line))),
            ("startColumn", .int(max(1, diagnostic.location.column))),
        ])
        let physical: JSONText = .object([
            ("artifactLocation", .object([("uri", .string(Self.uri(forPath: diagnostic.location.file)))])),
            ("region", region),
        ])
        return .object([
            ("ruleId", .string(diagnostic.code)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(Self.level(diagnostic.severity))),
            ("message", .object([("text", .string(text))])),
            ("locations", .array([.object([("physicalLocation", physical)])])),
        ])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A URI reference for a file path: relative paths stay relative (as GitHub expects, from the repository
    /// root), absolute ones become `file://` URIs; bytes outside the unreserved set and `/` are
    /// percent-encoded.
    static func uri(forPath path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            let isUnreserved =
                (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || [0x2D, 0x2E, 0x5F, 0x7E, 0x2F].contains(byte)
            if isUnreserved {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        let relative = encoded.hasPrefix("./") ? String(encoded.dropFirst(2)) : encoded
        return path.hasPrefix("/") ? "file://" + relative : relative
    }
}
