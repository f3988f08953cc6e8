/// Turns byte columns of ``JSONParser`` positions into columns in Unicode scalars, as diagnostics count them.
///
/// Only consulted when reporting an error, so the parser never pays for it.
public struct JSONLineIndex: Sendable {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    private let firstLine: Int

    /// Indexes `bytes`, whose first line is line `firstLine` (1-based) of its file.
    public init(bytes: [UInt8], firstLine: Int = 1) {
        self.bytes = bytes
        self.firstLine = firstLine
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        self.lineStarts = starts
    }

    /// The position with its column counted in Unicode scalars instead of bytes.
    public func scalarPosition(_ position: JSONPosition) -> JSONPosition {
        let lineOffset = Int(position.line) - firstLine
        guard lineOffset >= 0, lineOffset < lineStarts.count else { return position }
        let start = lineStarts[lineOffset]
        let end = min(bytes.count, start + max(0, Int(position.column) - 1))
        var column = 1
        for byte in bytes[start..<end] where byte & 0xC0 != 0x80 { column += 1 }
        return JSONPosition(line: Int(position.line), column: column)
    }
}
