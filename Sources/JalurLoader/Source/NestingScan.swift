/// Checks the structure of a YAML text without parsing it, refusing what would make the YAML composer
/// recurse too deep or hash huge keys, before Yams sees the text.
///
/// The depth estimate counts open block levels (from indentation and `- `, `? ` indicators) plus open flow
/// brackets, skipping comments, quoted scalars and block scalars. It may overestimate on odd text but
/// never lets real deep nesting through unnoticed. Keys that are not plain scalars (`? ` explicit keys,
/// aliases and flow collections used as keys) are refused: Jalur documents never need them, and Yams
/// hashes every key, which for an alias bomb would never end.
struct NestingScan {
    /// A 1-based line and column.
    typealias Position = (line: Int, column: Int)

    /// What the scan found.
    enum Finding {
        /// The estimated depth first passes the limit here.
        case tooDeep(Position)
        /// A key that is not a plain or quoted scalar starts here.
        case complexKey(Position)
    }

    private let bytes: [UInt8]
    private let limit: Int
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var blockLevels: [Int] = []
    private var flowDepth: Int { flowOpenings.count }
    /// Where each open flow collection starts.
    private var flowOpenings: [Position] = []
    private var quote: UInt8?
    private var blockScalarParent: Int?

    /// The first problem in `text`: nesting deeper than `limit`, or a complex key; `nil` when there is none.
    static func firstProblem(in text: String, limit: Int) -> Finding? {
        var scan = NestingScan(bytes: Array(text.utf8), limit: limit)
        return scan.run()
    }

    private init(bytes: [UInt8], limit: Int) {
        self.bytes = bytes
        self.limit = limit
    }

    private mutating func run() -> Finding? {
        while index < bytes.count {
            if let position = scanLine() { return position }
        }
        return nil
    }

    /// Scans one line, leaving `index` at the start of the next.
    private mutating func scanLine() -> Finding? {
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
            if blockLevels.count + flowDepth > limit { return .tooDeep(position()) }
            if let position = pushIndicators() { return position }
        }
        return scanContent()
    }

    /// Pushes a level for each leading `- `, `? ` or `: ` indicator (compact nested collections).
    private mutating func pushIndicators() -> Finding? {
        while index < bytes.count, bytes[index] == .dash || bytes[index] == .question || bytes[index] == .colon,
            index + 1 >= bytes.count || bytes[index + 1] == .space || isLineBreak(bytes[index + 1])
        {
            if bytes[index] == .question { return .complexKey(position()) }
            index += 1
            while index < bytes.count, bytes[index] == .space { index += 1 }
            blockLevels.append(index - lineStart)
            if blockLevels.count + flowDepth > limit { return .tooDeep(position()) }
        }
        return nil
    }

    /// Scans the rest of the line for quotes, flow brackets, block scalar indicators and comments.
    private mutating func scanContent() -> Finding? {
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
                    flowOpenings.append(position())
                    if blockLevels.count + flowDepth > limit { return .tooDeep(position()) }
                    index += 1
                    atNodeStart = true
                    continue
                }
            case .closeBracket, .closeBrace:
                if let opening = flowOpenings.popLast(), isFollowedByKeyColon(index + 1) {
                    return .complexKey(opening)
                }
            case .star where atNodeStart:
                var end = index + 1
                while end < bytes.count, bytes[end].isAnchorCharacter { end += 1 }
                if isFollowedByKeyColon(end) { return .complexKey(position()) }
                // (position() is the `*`, since `index` has not moved yet.)
                index = end
                atNodeStart = false
                continue
            case .comma where flowDepth > 0:
                index += 1
                atNodeStart = true
                continue
            case .colon, .dash, .question:
                let next = index + 1 < bytes.count ? bytes[index + 1] : .lineFeed
                if byte == .question, atNodeStart, next == .space || isLineBreak(next) {
                    return .complexKey(position())
                }
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

    /// Whether the text from `start`, after spaces, is a `:` that makes what precedes it a key.
    private func isFollowedByKeyColon(_ start: Int) -> Bool {
        var index = start
        while index < bytes.count, bytes[index] == .space { index += 1 }
        guard index < bytes.count, bytes[index] == .colon else { return false }
        let next = index + 1 < bytes.count ? bytes[index + 1] : .lineFeed
        return flowDepth > 0 || next == .space || next == .tab || isLineBreak(next)
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
    fileprivate static let star = UInt8(ascii: "*")
    fileprivate static let openBracket = UInt8(ascii: "[")
    fileprivate static let closeBracket = UInt8(ascii: "]")
    fileprivate static let openBrace = UInt8(ascii: "{")
    fileprivate static let closeBrace = UInt8(ascii: "}")
    /// Whether the byte may be part of an anchor or alias name (libyaml: letters, digits, `-`, `_`).
    fileprivate var isAnchorCharacter: Bool {
        (self >= 0x30 && self <= 0x39) || (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A)
            || self == 0x2D || self == 0x5F
    }
    /// Marks an open double-quoted scalar, where a backslash escapes the next byte.
    fileprivate static let backslashQuote = UInt8(0)
}
