extension Timestamp {
    /// Parses RFC 3339 text such as `2009-02-13T23:31:30Z`.
    ///
    /// Fractional seconds are optional (digits past the ninth are truncated); the offset is `Z` or `±HH:MM`;
    /// `t` and `z` may be lowercase.
    ///
    /// - Returns: `nil` when the text is malformed, names an impossible date or time, or is out of range.
    init?(rfc3339 text: String) {
        var scanner = DigitScanner(text)
        guard let year = scanner.digits(4), scanner.skip("-"), let month = scanner.digits(2), scanner.skip("-"),
            let day = scanner.digits(2), scanner.skip("T") || scanner.skip("t"),
            let hour = scanner.digits(2), scanner.skip(":"), let minute = scanner.digits(2), scanner.skip(":"),
            let second = scanner.digits(2), let date = CivilDate(year: year, month: month, day: day),
            hour < 24, minute < 60, second < 60
        else { return nil }
        var nanos: Int64 = 0
        if scanner.skip(".") {
            guard let fraction = scanner.fraction() else { return nil }
            nanos = fraction
        }
        var offset: Int64 = 0
        if !(scanner.skip("Z") || scanner.skip("z")) {
            let sign: Int64 = scanner.skip("+") ? 1 : (scanner.skip("-") ? -1 : 0)
            guard sign != 0, let hours = scanner.digits(2), scanner.skip(":"), let minutes = scanner.digits(2),
                hours < 24, minutes < 60
            else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        guard scanner.isAtEnd else { return nil }
        let seconds = date.daysSinceEpoch * 86400 + hour * 3600 + minute * 60 + second - offset
        guard let timestamp = Timestamp.checked(seconds: seconds, nanos: nanos) else { return nil }
        self = timestamp
    }

    /// The RFC 3339 text in UTC, as Go's `RFC3339Nano`: `2009-02-13T23:31:30Z`, `…30.5Z` (no trailing zeros).
    public var rfc3339: String {
        let (days, secondOfDay) = seconds.floorDivided(by: 86400)
        let date = CivilDate(daysSinceEpoch: days)
        var text = padded(date.year, 4) + "-" + padded(date.month, 2) + "-" + padded(date.day, 2)
        text += "T" + padded(secondOfDay / 3600, 2) + ":" + padded(secondOfDay / 60 % 60, 2) + ":"
        text += padded(secondOfDay % 60, 2) + fractionText(Int64(nanos)) + "Z"
        return text
    }
}

extension CELDuration {
    /// Parses Go duration text: `1h30m`, `-1.5s`, `100ms`, `1us` (or `µs`), `1ns`, `0`.
    ///
    /// - Returns: `nil` when malformed or out of range (see ``isValid``).
    init?(goText text: String) {
        var scanner = DigitScanner(text)
        let negative = scanner.skip("-")
        if !negative { _ = scanner.skip("+") }
        if scanner.isAtEnd { return nil }
        if scanner.remainder == "0" {
            self.init(seconds: 0)
            return
        }
        var (seconds, nanos): (Int64, Int64) = (0, 0)
        while !scanner.isAtEnd {
            guard let part = scanner.durationComponent() else { return nil }
            let (sum, overflow) = seconds.addingReportingOverflow(part.seconds)
            guard !overflow else { return nil }
            (seconds, nanos) = (sum, nanos + part.nanos)  // each part's nanos < 1e9: no overflow
        }
        let sign: Int64 = negative ? -1 : 1
        guard let total = CELDuration.checked(seconds: sign * seconds, nanos: sign * nanos) else { return nil }
        self = total
    }

    /// The CEL text: seconds with up to nine fractional digits and no trailing zeros, then `s`
    /// (`1.5s`, `-0.000000001s`, `3600s`).
    public var celText: String {
        let sign = seconds < 0 || nanos < 0 ? "-" : ""
        return sign + String(abs(seconds)) + fractionText(abs(Int64(nanos))) + "s"
    }
}

/// `.5`, `.000000001` or the empty string for `nanos` in 0..<1e9.
func fractionText(_ nanos: Int64) -> String {
    guard nanos > 0 else { return "" }
    var digits = padded(nanos, 9)
    while digits.last == "0" { digits.removeLast() }
    return "." + digits
}

/// `value` in decimal, left-padded with zeros to `width` digits.
func padded(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
