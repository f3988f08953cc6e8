import JalurDiagnostics
public import JalurJSON
public import JalurModel

/// Reads residents (SPEC §2.5) from YAML, JSON and JSON Lines.
///
/// Residents are validated against their workflow's facts schema. Build one per program; it is immutable and
/// safe to share between threads.
public struct ResidentReader: Sendable {
    /// The longest JSON Lines line accepted, in bytes.
    public static let maxLineLength = 1 << 20
    /// The largest YAML or JSON resident file accepted, in bytes.
    public static let maxFileSize = 16 << 20

    let decoder: ResidentDecoder

    /// Prepares decoders for every workflow of `program` that compiled.
    public init(program: Program) {
        var schemas: [String: ResidentSchema] = [:]
        for workflow in program.workflows {
            if let schema = ResidentSchema(workflow: workflow, program: program) { schemas[workflow.id.value] = schema }
        }
        decoder = ResidentDecoder(program: program, schemas: schemas, serviceIDs: Set(program.services.map(\.id.value)))
    }

    /// Decodes one resident from a parsed tree.
    ///
    /// - Parameters:
    ///   - root: The resident's node.
    ///   - file: The file name for diagnostics.
    ///   - columns: Turns parser columns into Unicode-scalar columns (identity for YAML trees).
    /// - Returns: The resident, or `nil` when an error keeps it from being evaluated, with its diagnostics.
    public func decode(
        _ root: JSONNode,
        file: String,
        columns: @escaping (JSONPosition) -> JSONPosition = { $0 }
    ) -> ResidentReadResult {
        var context = DecodeContext(file: file, columns: columns)
        let resident = decoder.decode(root, context: &context)
        let diagnostics =
            context.diagnostics.count > 1
            ? context.diagnostics.sorted(by: Diagnostic.stableOrder) : context.diagnostics
        return ResidentReadResult(resident: resident, diagnostics: diagnostics, source: context.location(root.position))
    }

    /// Parses and decodes one line of a JSON Lines file.
    ///
    /// - Parameters:
    ///   - bytes: The line, without its line break.
    ///   - file: The file name for diagnostics.
    ///   - line: The 1-based line number in the file.
    /// - Returns: The resident, or `nil` when an error keeps it from being evaluated, with its diagnostics.
    public func decodeJSONLine(_ bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int) -> ResidentReadResult {
        // A byte-order mark may start the file, so only the first line.
        if line == 1, bytes.starts(with: Self.byteOrderMark) {
            return decodeJSONLine(
                UnsafeBufferPointer(rebasing: bytes.dropFirst(Self.byteOrderMark.count)),
                file: file,
                line: line
            )
        }
        let columns: (JSONPosition) -> JSONPosition = { position in
            // One line: the scalar column counts the bytes before it that start a scalar.
            let end = min(bytes.count, max(0, Int(position.column) - 1))
            var column = 1
            for byte in bytes[0..<end] where byte & 0xC0 != 0x80 { column += 1 }
            return JSONPosition(line: Int(position.line), column: column)
        }
        var context = DecodeContext(file: file, columns: columns)
        do throws(JSONError) {
            var parser = JSONPullParser(bytes, firstLine: line, maxDepth: 32)
            guard parser.isAtObject() else {
                let root = try parser.readValue(depth: 0)
                try parser.finish()
                return decode(root, file: file, columns: columns)
            }
            let rootPosition = parser.position
            let resident = try streamResident(&parser, rootPosition: rootPosition, context: &context)
            let diagnostics =
                context.diagnostics.count > 1
                ? context.diagnostics.sorted(by: Diagnostic.stableOrder) : context.diagnostics
            return ResidentReadResult(
                resident: resident,
                diagnostics: diagnostics,
                source: context.location(rootPosition)
            )
        } catch {
            return Self.failure(error, file: file, columns: columns)
        }
    }

    /// Reads a resident object member by member, decoding `facts` straight into a record when its workflow
    /// is already known (it always is for a program with one workflow).
    private func streamResident(
        _ parser: inout JSONPullParser,
        rootPosition: JSONPosition,
        context: inout DecodeContext
    ) throws(JSONError) -> Resident? {
        try parser.enterContainer(depth: 1)
        var nodes = ResidentDecoder.TopLevelMembers()
        var streamed: ResidentDecoder.StreamedFacts?
        var isFirst = true
        while let (key, keyPosition) = try parser.nextKey(isFirst: &isFirst) {
            if key == "facts", nodes["facts"] == nil, parser.isAtObject(), let schema = decoder.streamingSchema(nodes) {
                let valuePosition = parser.position
                let value = try schema.facts.stream(&parser, level: 2, context: &context)
                streamed = ResidentDecoder.StreamedFacts(workflow: schema.workflow, value: value)
                nodes.add(
                    JSONMember(key: key, keyPosition: keyPosition, value: JSONNode(.null, at: valuePosition)),
                    context: &context
                )
            } else {
                let value = try parser.readValue(depth: 1)
                nodes.add(JSONMember(key: key, keyPosition: keyPosition, value: value), context: &context)
            }
        }
        try parser.finish()
        return decoder.finish(nodes, rootPosition: rootPosition, streamedFacts: streamed, context: &context)
    }

    /// A result for a line longer than ``maxLineLength``.
    public static func lineTooLong(file: String, line: Int) -> ResidentReadResult {
        let location = SourceLocation(file: file, line: line, column: 1)
        let diagnostic = Diagnostic(
            code: "line-too-long",
            severity: .error,
            message: "line is longer than \(maxLineLength / (1 << 20)) MiB (\(maxLineLength) bytes)",
            location: location,
            help: "write one resident per line; a resident this large is not plausible"
        )
        return ResidentReadResult(resident: nil, diagnostics: [diagnostic], source: location)
    }

    static func failure(
        _ error: JSONError,
        file: String,
        columns: (JSONPosition) -> JSONPosition
    ) -> ResidentReadResult {
        let position = columns(error.position)
        let location = SourceLocation(file: file, line: Int(position.line), column: Int(position.column))
        let diagnostic = Diagnostic(
            code: error.code,
            severity: .error,
            message: error.message,
            location: location,
            help: error.help
        )
        return ResidentReadResult(resident: nil, diagnostics: [diagnostic], source: location)
    }
}
