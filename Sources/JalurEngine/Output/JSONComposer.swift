/// Writes JSON text into a byte buffer in the order members are given.
///
/// The text is compact or has spaces after separators, as SPEC §4 shows. Commas are placed automatically.
struct JSONComposer {
    /// The text written so far.
    private(set) var bytes: [UInt8]
    private let isSpaced: Bool
    /// One entry per open container: whether nothing has been written in it yet.
    private var isFirst: [Bool] = [true]
    private var isAfterKey = false
    private var isAfterBreak = false

    /// Creates a composer appending to `bytes`; `isSpaced` writes `", "` and `": "`.
    init(bytes: [UInt8] = [], isSpaced: Bool) {
        self.bytes = bytes
        self.isSpaced = isSpaced
        self.bytes.reserveCapacity(max(self.bytes.count, 1024))
    }

    private mutating func separate() {
        if isAfterBreak {
            isAfterBreak = false
            return
        }
        if isFirst[isFirst.count - 1] {
            isFirst[isFirst.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
            if isSpaced { bytes.append(UInt8(ascii: " ")) }
        }
    }

    private mutating func beginValue() {
        if isAfterKey {
            isAfterKey = false
        } else {
            separate()
        }
    }

    mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        if isSpaced { bytes.append(UInt8(ascii: " ")) }
        isAfterKey = true
    }

    /// A fixed member name (ASCII, nothing to escape), copied without scanning.
    mutating func fixedKey(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if isSpaced { bytes.append(UInt8(ascii: " ")) }
        isAfterKey = true
    }

    mutating func string(_ value: String) {
        beginValue()
        appendQuoted(value)
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func int(_ value: Int) {
        beginValue()
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ value: Bool) {
        beginValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func null() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes JSON text that is already valid, such as evidence values.
    mutating func raw(_ json: String) {
        beginValue()
        bytes.append(contentsOf: json.utf8)
    }

    mutating func beginObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        isFirst.append(true)
    }

    mutating func endObject() {
        isFirst.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func beginArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        isFirst.append(true)
    }

    mutating func endArray() {
        isFirst.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes a list of strings.
    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Writes a line break and `indent` spaces, for the laid-out top level of pretty output.
    mutating func newline(indent: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    /// Starts the next member or element on a new line: the comma (if any) ends the previous line.
    mutating func breakLine(indent: Int) {
        if isFirst[isFirst.count - 1] {
            isFirst[isFirst.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        newline(indent: indent)
        isAfterBreak = true
    }

    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        let done = text.utf8.withContiguousStorageIfAvailable { utf8 in
            if needsEscaping(utf8) { appendEscaped(utf8) } else { bytes.append(contentsOf: utf8) }
        }
        if done == nil {
            var copy = text
            copy.withUTF8 { utf8 in
                if needsEscaping(utf8) { appendEscaped(utf8) } else { bytes.append(contentsOf: utf8) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    private func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
        return false
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
    }
}
