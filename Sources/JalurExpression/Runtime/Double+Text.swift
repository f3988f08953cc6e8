extension Double {
    /// The shortest round-trip decimal digits and the decimal exponent of the first digit.
    ///
    /// `1234.5` is (`12345`, 3); `nil` for zero, NaN and infinities.
    var shortestDigits: (digits: [UInt8], exponent: Int)? {
        guard isFinite, self != 0 else { return nil }
        // Swift's description is the shortest round-trip form, such as `1234.5`, `1e-05` or `1.5e+300`.
        let text = Array(magnitude.description.utf8)
        let mantissaEnd = text.firstIndex(of: UInt8(ascii: "e")) ?? text.count
        var exponent =
            mantissaEnd < text.count ? Int(String(decoding: text[(mantissaEnd + 1)...], as: UTF8.self)) ?? 0 : 0
        let mantissa = text[..<mantissaEnd]
        let point = mantissa.firstIndex(of: UInt8(ascii: ".")) ?? mantissa.count
        exponent += point - 1
        var digits = mantissa.filter { $0 != UInt8(ascii: ".") }
        while digits.first == UInt8(ascii: "0") {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, exponent)
    }

    /// Go's `strconv.FormatFloat(d, 'g', -1, 64)`: `2`, `2.5`, `123456`, `1e+06`, `1.234567e+06`, `1e-05`, `NaN`,
    /// `+Inf`, `-Inf`, as cel-go prints `string(double)`.
    var goShortestText: String {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Inf" : "+Inf" }
        let sign = sign == .minus ? "-" : ""
        guard let (digits, exponent) = shortestDigits else { return sign + "0" }
        let text = String(decoding: digits, as: UTF8.self)
        if exponent < -4 || exponent >= 6 {
            return sign + Self.exponentForm(digits, exponent)
        }
        return sign + Self.plainForm(text, exponent)
    }

    /// `d.ddde±XX` with at least two exponent digits.
    static func exponentForm(_ digits: [UInt8], _ exponent: Int) -> String {
        var text = String(UnicodeScalar(digits[0]))
        if digits.count > 1 { text += "." + String(decoding: digits[1...], as: UTF8.self) }
        let magnitude = abs(exponent)
        return text + (exponent < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + String(magnitude)
    }

    /// Positional notation for `digits` with the first digit at 10^`exponent`.
    static func plainForm(_ digits: String, _ exponent: Int) -> String {
        if exponent < 0 { return "0." + String(repeating: "0", count: -exponent - 1) + digits }
        if digits.count <= exponent + 1 { return digits + String(repeating: "0", count: exponent + 1 - digits.count) }
        let split = digits.index(digits.startIndex, offsetBy: exponent + 1)
        return String(digits[..<split]) + "." + String(digits[split...])
    }
}
