extension JSONCursor {
    /// Reads a string starting at its opening quote; fast path for strings without escapes.
    mutating func parseString() throws(JSONError) -> String {
        index += 1
        let start = index
        var isASCII = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                return try makeString(slice, isASCII: isASCII, at: start)
            }
            if byte == UInt8(ascii: "\\") { return try parseEscapedString(from: start) }
            if byte < 0x20 { throw controlCharacter(byte) }
            if byte >= 0x80 { isASCII = false }
            index += 1
        }
        throw error("unterminated string", help: "close the string with '\"'")
    }

    /// Consumes the string starting at its opening quote when its bytes are exactly `expected` followed by the
    /// closing quote; otherwise leaves the cursor where it was and returns `false`.
    ///
    /// Only meaningful when `expected` holds no `"`, `\` or control characters: then the string has no
    /// escapes, so its raw bytes are its value (valid UTF-8, since they equal `expected`).
    mutating func skipString(equalTo expected: [UInt8]) -> Bool {
        let start = index + 1
        let end = start + expected.count
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return false }
        let matches = expected.withUnsafeBufferPointer { expected in
            var offset = 0
            while offset < expected.count, expected[offset] == bytes[start + offset] { offset += 1 }
            return offset == expected.count
        }
        if matches { index = end + 1 }
        return matches
    }

    private func makeString(
        _ slice: UnsafeBufferPointer<UInt8>,
        isASCII: Bool,
        at start: Int
    ) throws(JSONError) -> String {
        if isASCII { return String(decoding: slice, as: UTF8.self) }
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw JSONError(
                code: "invalid-utf8",
                message: "text is not valid UTF-8",
                help: "save the file as UTF-8",
                position: JSONPosition(line: line, column: start - lineStart + 1)
            )
        }
        return text
    }

    private func controlCharacter(_ byte: UInt8) -> JSONError {
        byte == 0x0A
            ? error("unterminated string (line break inside a string)", help: "write \\n for a line break")
            : error("control character inside a string", help: "escape it, for example \\t or \\u0001")
    }

    private mutating func parseEscapedString(from start: Int) throws(JSONError) -> String {
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        var isASCII = buffer.allSatisfy { $0 < 0x80 }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return try buffer.withUnsafeBufferPointer { slice throws(JSONError) in
                    try makeString(slice, isASCII: isASCII, at: start)
                }
            case UInt8(ascii: "\\"):
                index += 1
                try appendEscape(to: &buffer)
            case ..<0x20: throw controlCharacter(byte)
            default:
                if byte >= 0x80 { isASCII = false }
                buffer.append(byte)
                index += 1
            }
        }
        throw error("unterminated string", help: "close the string with '\"'")
    }

    private mutating func appendEscape(to buffer: inout [UInt8]) throws(JSONError) {
        guard index < bytes.count else { throw error("unterminated string") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(byte)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"): buffer.append(contentsOf: String(Character(try parseUnicodeEscape())).utf8)
        default:
            index -= 2
            throw error(
                "invalid escape in a string",
                help: "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"
            )
        }
    }

    private mutating func parseUnicodeEscape() throws(JSONError) -> Unicode.Scalar {
        let high = try parseHex4()
        if (0xD800..<0xDC00).contains(high) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { throw error("unpaired surrogate in a \\u escape") }
            index += 2
            let low = try parseHex4()
            guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate in a \\u escape") }
            let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            if let scalar = Unicode.Scalar(value) { return scalar }
        } else if let scalar = Unicode.Scalar(high) {
            return scalar
        }
        throw error("unpaired surrogate in a \\u escape")
    }

    private mutating func parseHex4() throws(JSONError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("a \\u escape needs four hex digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}
