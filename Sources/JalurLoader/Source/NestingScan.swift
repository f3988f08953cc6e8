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

    /// What the structure checks found.
    enum Finding {
        /// The estimated depth first passes the limit here.
        case tooDeep(Position)
        /// A key that is not a plain or quoted scalar starts here.
        case complexKey(Position)
    }

    /// What a scan with a node limit found.
    enum Problem {
        /// A structure problem.
        case structure(Finding)
        /// The count of nodes written out (aliases not expanded) first passes the node limit here.
        case tooManyNodes(Position)
    }

    /// The text's UTF-8 bytes, borrowed for the scan (a buffer, so that reading a byte costs no reference
    /// counting even in debug builds).
    private let bytes: UnsafeBufferPointer<UInt8>
    private let limit: Int
    private let nodeLimit: Int
    /// Nodes started so far: scalars and flow collections (block collections are not counted, so this stays
    /// at or below what the composer will build, give or take multi-line plain scalars).
    private var nodes = 0
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var blockLevels: [Int] = []
    private var flowDepth: Int { flowOpenings.count }
    /// Where each open flow collection starts.
    private var flowOpenings: [Position] = []
    private var quote: UInt8?
    private var blockScalarParent: Int?

    /// The first structure problem in `text`: nesting deeper than `limit`, or a complex key; `nil` when there
    /// is none.
    static func firstProblem(in text: String, limit: Int) -> Finding? {
        switch firstProblem(in: text, limit: limit, nodeLimit: .max) {
        case .structure(let finding): return finding
        case .tooManyNodes, nil: return nil
        }
    }

    /// The first problem in `text`: nesting deeper than `limit`, a complex key, or more than `nodeLimit` nodes
    /// written out; `nil` when there is none.
    static func firstProblem(in text: String, limit: Int, nodeLimit: Int) -> Problem? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var scan = NestingScan(bytes: buffer, limit: limit, nodeLimit: nodeLimit)
            return scan.run()
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, limit: Int, nodeLimit: Int) {
        self.bytes = bytes
        self.limit = limit
        self.nodeLimit = nodeLimit
    }

    /// Counts a node starting at `index`.
    private mutating func countNode() -> Problem? {
        nodes += 1
        return nodes > nodeLimit ? .tooManyNodes(position()) : nil
    }

    private mutating func run() -> Problem? {
        while index < bytes.count {
            if let position = scanLine() { return position }
        }
        return nil
    }

    /// Scans one line, leaving `index` at the start of the next.
    private mutating func scanLine() -> Problem? {
        lineStart = index
        var indent = 0
        while index < bytes.count, bytes[index] == .space {
            indent += 1
            index += 1
        }
        defer { finishLine() }
        guard index < bytes.count, !Self.isLineBreak(bytes[index]) else { return nil }
        if let parent = blockScalarParent {
            if indent > parent { return nil }
            blockScalarParent = nil
        }
        if quote == nil, flowDepth == 0 {
            if bytes[index] == .hash { return nil }
            while let last = blockLevels.last, last > indent { blockLevels.removeLast() }
            if blockLevels.last != indent { blockLevels.append(indent) }
            if blockLevels.count + flowDepth > limit { return .structure(.tooDeep(position())) }
            if let position = pushIndicators() { return position }
        }
        return scanContent()
    }

    /// Pushes a level for each leading `- `, `? ` or `: ` indicator (compact nested collections).
    private mutating func pushIndicators() -> Problem? {
        while index < bytes.count, bytes[index] == .dash || bytes[index] == .question || bytes[index] == .colon,
            index + 1 >= bytes.count || bytes[index + 1] == .space || Self.isLineBreak(bytes[index + 1])
        {
            if bytes[index] == .question { return .structure(.complexKey(position())) }
            index += 1
            while index < bytes.count, bytes[index] == .space { index += 1 }
            blockLevels.append(index - lineStart)
            if blockLevels.count + flowDepth > limit { return .structure(.tooDeep(position())) }
        }
        return nil
    }

    /// Scans the rest of the line for quotes, flow brackets, block scalar indicators and comments.
    private mutating func scanContent() -> Problem? {
        var atNodeStart = true
        while index < bytes.count, !Self.isLineBreak(bytes[index]) {
            let byte = bytes[index]
            if let open = quote {
                if open == .backslashQuote, byte == .backslash {
                    index += 2
                    continue
                }
                if byte == Self.quoteByte(open) { quote = nil }
                index += 1
                atNodeStart = false
                continue
            }
            switch byte {
            case .space, .tab:
                index += 1
                continue
            case .hash where index == lineStart || bytes[index - 1] == .space || bytes[index - 1] == .tab:
                while index < bytes.count, !Self.isLineBreak(bytes[index]) { index += 1 }
                return nil
            case .singleQuote where atNodeStart:
                quote = .singleQuote
            case .doubleQuote where atNodeStart:
                quote = .backslashQuote
            case .openBracket, .openBrace:
                if atNodeStart || flowDepth > 0 {
                    if let finding = countNode() { return finding }
                    flowOpenings.append(position())
                    if blockLevels.count + flowDepth > limit { return .structure(.tooDeep(position())) }
                    index += 1
                    atNodeStart = true
                    continue
                }
            case .closeBracket, .closeBrace:
                if let opening = flowOpenings.popLast(), isFollowedByKeyColon(index + 1) {
                    return .structure(.complexKey(opening))
                }
            case .star where atNodeStart:
                var end = index + 1
                while end < bytes.count, bytes[end].isAnchorCharacter { end += 1 }
                if isFollowedByKeyColon(end) { return .structure(.complexKey(position())) }
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
                if byte == .question, atNodeStart, next == .space || Self.isLineBreak(next) {
                    return .structure(.complexKey(position()))
                }
                if next == .space || Self.isLineBreak(next) || (flowDepth > 0 && byte == .colon) {
                    index += 1
                    atNodeStart = true
                    continue
                }
            case .pipe where atNodeStart && flowDepth == 0, .greater where atNodeStart && flowDepth == 0:
                if let finding = countNode() { return finding }
                blockScalarParent = blockLevels.last ?? 0
                while index < bytes.count, !Self.isLineBreak(bytes[index]) { index += 1 }
                return nil
            default:
                break
            }
            if atNodeStart, let finding = countNode() { return finding }
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
        return flowDepth > 0 || next == .space || next == .tab || Self.isLineBreak(next)
    }

    private mutating func finishLine() {
        while index < bytes.count, !Self.isLineBreak(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == .carriageReturn { index += 1 }
        if index < bytes.count, bytes[index] == .lineFeed { index += 1 }
        line += 1
    }

    private func position() -> Position {
        let column = bytes[lineStart..<min(index, bytes.count)].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (line, column)
    }

    private static func isLineBreak(_ byte: UInt8) -> Bool { byte == .lineFeed || byte == .carriageReturn }

    private static func quoteByte(_ open: UInt8) -> UInt8 { open == .backslashQuote ? .doubleQuote : open }
}

extension UInt8 {
    fileprivate static var space: UInt8 { 0x20 }  // ' '
    fileprivate static var tab: UInt8 { 0x09 }  // '\t'
    fileprivate static var lineFeed: UInt8 { 0x0A }  // '\n'
    fileprivate static var carriageReturn: UInt8 { 0x0D }  // '\r'
    fileprivate static var hash: UInt8 { 0x23 }  // '#'
    fileprivate static var dash: UInt8 { 0x2D }  // '-'
    fileprivate static var question: UInt8 { 0x3F }  // '?'
    fileprivate static var colon: UInt8 { 0x3A }  // ':'
    fileprivate static var comma: UInt8 { 0x2C }  // ','
    fileprivate static var pipe: UInt8 { 0x7C }  // '|'
    fileprivate static var greater: UInt8 { 0x3E }  // '>'
    fileprivate static var singleQuote: UInt8 { 0x27 }  // "'"
    fileprivate static var doubleQuote: UInt8 { 0x22 }  // '"'
    fileprivate static var backslash: UInt8 { 0x5C }  // '\\'
    fileprivate static var star: UInt8 { 0x2A }  // '*'
    fileprivate static var openBracket: UInt8 { 0x5B }  // '['
    fileprivate static var closeBracket: UInt8 { 0x5D }  // ']'
    fileprivate static var openBrace: UInt8 { 0x7B }  // '{'
    fileprivate static var closeBrace: UInt8 { 0x7D }  // '}'
    /// Whether the byte may be part of an anchor or alias name (libyaml: letters, digits, `-`, `_`).
    fileprivate var isAnchorCharacter: Bool {
        (self >= 0x30 && self <= 0x39) || (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A)
            || self == 0x2D || self == 0x5F
    }
    /// Marks an open double-quoted scalar, where a backslash escapes the next byte.
    fileprivate static var backslashQuote: UInt8 { 0 }
}
