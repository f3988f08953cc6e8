extension JSONCursor {
    /// Reads a number: an ``JSONValue/int(_:)`` when it has no fraction or exponent and fits in 64 bits.
    mutating func parseNumber() throws(JSONError) -> JSONValue {
        let start = index
        let isNegative = bytes[index] == UInt8(ascii: "-")
        if isNegative { index += 1 }
        let digitsStart = index
        var magnitude: UInt64 = 0
        var overflow = false
        while index < bytes.count, let digit = digitValue(bytes[index]) {
            let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(digit))
            overflow = overflow || o1 || o2
            magnitude = sum
            index += 1
        }
        let digitCount = index - digitsStart
        guard digitCount > 0 else { index = start; throw error("a number needs digits after '-'") }
        if digitCount > 1, bytes[digitsStart] == UInt8(ascii: "0") {
            index = start
            throw error("numbers cannot have leading zeros", help: "write 7, not 07")
        }
        let isInteger = index >= bytes.count || !isFractionOrExponent(bytes[index])
        if isInteger {
            if !overflow, let value = signed(magnitude, negative: isNegative) { return .int(value) }
            return .bigInteger(try slowDouble(from: start))
        }
        return .double(try parseFraction(from: start, integerPart: overflow ? nil : magnitude, negative: isNegative))
    }

    @inline(__always)
    private func digitValue(_ byte: UInt8) -> UInt8? {
        byte &- UInt8(ascii: "0") < 10 ? byte &- UInt8(ascii: "0") : nil
    }

    private func isFractionOrExponent(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    private func signed(_ magnitude: UInt64, negative: Bool) -> Int64? {
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
            return magnitude <= UInt64(Int64.max) ? -Int64(magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// Reads `.digits` and `e±digits`, using exact fast arithmetic when the digits allow it.
    private mutating func parseFraction(
        from start: Int,
        integerPart: UInt64?,
        negative: Bool
    ) throws(JSONError) -> Double {
        var mantissa = integerPart ?? 0
        var significant = integerPart == nil ? 20 : countDigits(mantissa)
        var exponent = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, let digit = digitValue(bytes[index]) {
                if significant < 19 {
                    mantissa = mantissa * 10 + UInt64(digit)
                    exponent -= 1
                    if mantissa > 0 { significant += 1 }
                } else {
                    significant = 20
                }
                index += 1
            }
            guard index > fractionStart else {
                throw error("a number needs digits after '.'", help: "write 1.0, not 1.")
            }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var written = 0
            let exponentStart = index
            while index < bytes.count, let digit = digitValue(bytes[index]) {
                written = min(written * 10 + Int(digit), 100_000)
                index += 1
            }
            guard index > exponentStart else { throw error("a number needs digits in its exponent") }
            exponent += exponentNegative ? -written : written
        }
        if significant <= 15, mantissa < (1 << 53), abs(exponent) <= 22 {
            let value =
                exponent < 0
                ? Double(mantissa) / Self.powersOf10[-exponent] : Double(mantissa) * Self.powersOf10[exponent]
            return negative ? -value : value
        }
        let value = try slowDouble(from: start)
        guard value.isFinite else { throw error("number is too large for a double", help: "record a smaller number") }
        return value
    }

    private func countDigits(_ value: UInt64) -> Int {
        var value = value
        var count = 0
        while value > 0 { count += 1; value /= 10 }
        return count
    }

    private func slowDouble(from start: Int) throws(JSONError) -> Double {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text) else { throw error("invalid number") }
        return value
    }

    private static let powersOf10: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }
}
