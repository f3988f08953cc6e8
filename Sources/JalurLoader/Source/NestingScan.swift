/// Estimates how deeply a YAML text nests, without parsing it, so that input nested thousands deep is
/// refused before the recursive YAML composer could overflow the stack.
///
/// The estimate counts open block levels (from indentation and `- `, `? ` indicators) plus open flow
/// brackets, skipping comments, quoted scalars and block scalars. It may overestimate on odd text but
/// never lets real deep nesting through unnoticed.
struct NestingScan {
    /// Where the estimated depth first passes the limit: 1-based line and column.
    typealias Position = (line: Int, column: Int)

    private let bytes: [UInt8]
    private let limit: Int
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var blockLevels: [Int] = []
    private var flowDepth = 0
    private var quote: UInt8?
    private var blockScalarParent: Int?

    /// The first position where the nesting estimate exceeds `limit`, or `nil`.
    static func firstTooDeep(in text: String, limit: Int) -> Position? {
        var scan = NestingScan(bytes: Array(text.utf8), limit: limit)
        return scan.run()
    }

    private init(bytes: [UInt8], limit: Int) {
        self.bytes = bytes
        self.limit = limit
    }

    private mutating func run() -> Position? {
        while index < bytes.count {
            if let position = scanLine() { return position }
        }
        return nil
    }

    /// Scans one line, leaving `index` at the start of the next.
    private mutating func scanLine() -> Position? {
        lineStart = index
        var indent = 0
        while index < bytes.count, bytes[index] == .space {
            indent += 1
            index += 1
        }
        defer { finishLine() }
        guard index < bytes.count, !isLineBreak(bytes[index]) else { return nil }
        if let parent = blockScalarParent {
            if indent > parent { return nil }
            blockScalarParent = nil
        }
        if quote == nil, flowDepth == 0 {
            if bytes[index] == .hash { return nil }
            while let last = blockLevels.last, last > indent { blockLevels.removeLast() }
            if blockLevels.last != indent { blockLevels.append(indent) }
            if let position = pushIndicators() { return position }
        }
        return scanContent()
    }

    /// Pushes a level for each leading `- `, `? ` or `: ` indicator (compact nested collections).
    private mutating func pushIndicators() -> Position? {
        while index < bytes.count, [.dash, .question, .colon].contains(bytes[index]),
            index + 1 >= bytes.count || bytes[index + 1] == .space || isLineBreak(bytes[index + 1])
        {
            index += 1
            while index < bytes.count, bytes[index] == .space { index += 1 }
            blockLevels.append(index - lineStart)
            if blockLevels.count + flowDepth > limit { return position() }
        }
        return nil
    }

    /// Scans the rest of the line for quotes, flow brackets, block scalar indicators and comments.
    private mutating func scanContent() -> Position? {
        var atNodeStart = true
        while index < bytes.count, !isLineBreak(bytes[index]) {
            let byte = bytes[index]
            if let open = quote {
                if open == .backslashQuote, byte == .backslash {
                    index += 2
                    continue
                }
                if byte == quoteByte(open) { quote = nil }
                index += 1
                atNodeStart = false
                continue
            }
            switch byte {
            case .space, .tab:
                index += 1
                continue
            case .hash where index == lineStart || bytes[index - 1] == .space || bytes[index - 1] == .tab:
                while index < bytes.count, !isLineBreak(bytes[index]) { index += 1 }
                return nil
            case .singleQuote where atNodeStart:
                quote = .singleQuote
            case .doubleQuote where atNodeStart:
                quote = .backslashQuote
            case .openBracket, .openBrace:
                if atNodeStart || flowDepth > 0 {
                    flowDepth += 1
                    if blockLevels.count + flowDepth > limit { return position() }
                    index += 1
                    atNodeStart = true
                    continue
                }
            case .closeBracket, .closeBrace:
                if flowDepth > 0 { flowDepth -= 1 }
            case .comma where flowDepth > 0:
                index += 1
                atNodeStart = true
                continue
            case .colon, .dash, .question:
                let next = index + 1 < bytes.count ? bytes[index + 1] : .lineFeed
                if next == .space || isLineBreak(next) || (flowDepth > 0 && byte == .colon) {
                    index += 1
                    atNodeStart = true
                    continue
                }
            case .pipe where atNodeStart && flowDepth == 0, .greater where atNodeStart && flowDepth == 0:
                blockScalarParent = blockLevels.last ?? 0
                while index < bytes.count, !isLineBreak(bytes[index]) { index += 1 }
                return nil
            default:
                break
            }
            atNodeStart = false
            index += 1
        }
        return nil
    }

    private mutating func finishLine() {
        while index < bytes.count, !isLineBreak(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == .carriageReturn { index += 1 }
        if index < bytes.count, bytes[index] == .lineFeed { index += 1 }
        line += 1
    }

    private func position() -> Position {
        let column = bytes[lineStart..<min(index, bytes.count)].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (line, column)
    }

    private func isLineBreak(_ byte: UInt8) -> Bool { byte == .lineFeed || byte == .carriageReturn }

    private func quoteByte(_ open: UInt8) -> UInt8 { open == .backslashQuote ? .doubleQuote : open }
}

extension UInt8 {
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let tab = UInt8(ascii: "\t")
    fileprivate static let lineFeed = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
    fileprivate static let hash = UInt8(ascii: "#")
    fileprivate static let dash = UInt8(ascii: "-")
    fileprivate static let question = UInt8(ascii: "?")
    fileprivate static let colon = UInt8(ascii: ":")
    fileprivate static let comma = UInt8(ascii: ",")
    fileprivate static let pipe = UInt8(ascii: "|")
    fileprivate static let greater = UInt8(ascii: ">")
    fileprivate static let singleQuote = UInt8(ascii: "'")
    fileprivate static let doubleQuote = UInt8(ascii: "\"")
    fileprivate static let backslash = UInt8(ascii: "\\")
    fileprivate static let openBracket = UInt8(ascii: "[")
    fileprivate static let closeBracket = UInt8(ascii: "]")
    fileprivate static let openBrace = UInt8(ascii: "{")
    fileprivate static let closeBrace = UInt8(ascii: "}")
    /// Marks an open double-quoted scalar, where a backslash escapes the next byte.
    fileprivate static let backslashQuote = UInt8(0)
}
