/// Booleans, numbers and date-times of TOML 1.0, read from the bytes of one bare value.
enum TOMLScalars {
    /// Why a bare value is not one, in words that say how to write it.
    struct Problem: Error {
        var message: String
    }

    typealias Bytes = ArraySlice<UInt8>

    /// The value that `token` spells.
    static func read(_ token: Bytes) -> Result<TOMLValue.Kind, Problem> {
        let text = String(decoding: token, as: UTF8.self)
        switch text {
        case "true": return .success(.boolean(true))
        case "false": return .success(.boolean(false))
        case "inf", "+inf": return .success(.float(.infinity))
        case "-inf": return .success(.float(-.infinity))
        case "nan", "+nan": return .success(.float(.nan))
        case "-nan": return .success(.float(-.nan))
        default: break
        }
        let first = token[token.startIndex]
        if first.isLetter {
            switch text.lowercased() {
            case "true", "false":
                return .failure(Problem(message: "`\(text)` is not a value: write true or false in lower case"))
            case "inf", "nan":
                return .failure(Problem(message: "`\(text)` is not a value: write \(text.lowercased()) in lower case"))
            default:
                return .failure(Problem(message: "`\(text)` is not a value: text goes in quotes, e.g. \"\(text)\""))
            }
        }
        if token.contains(.colon) || looksLikeDate(token) {
            return dateTime(token, text).map(TOMLValue.Kind.dateTime)
        }
        return number(token, text)
    }

    /// `dddd-`: the start of a date.
    static func looksLikeDate(_ token: Bytes) -> Bool {
        let s = token.startIndex
        return token.count >= 5 && token[s..<(s + 4)].allSatisfy(\.isDigit) && token[s + 4] == .minus
    }

    // MARK: - Numbers

    /// An integer (decimal, or 0x, 0o, 0b) or a float.
    private static func number(_ token: Bytes, _ text: String) -> Result<TOMLValue.Kind, Problem> {
        func problem(_ why: String) -> Result<TOMLValue.Kind, Problem> {
            .failure(Problem(message: "`\(text)` is not a number: \(why)"))
        }
        var k = token.startIndex
        var negative = false
        if token[k] == .plus || token[k] == .minus {
            negative = token[k] == .minus
            k += 1
        }
        let body = token[k...]
        guard let lead = body.first else { return problem("write digits after the sign") }
        if body.count >= 2, lead == UInt8(ascii: "0") {
            let prefix = body[body.startIndex + 1]
            let radix: Int?
            switch prefix {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            case UInt8(ascii: "X"), UInt8(ascii: "O"), UInt8(ascii: "B"):
                return problem("write its prefix in lower case (0x, 0o, 0b)")
            default: radix = nil
            }
            if let radix {
                if k != token.startIndex {
                    return problem("a hexadecimal (0x), octal (0o) or binary (0b) number cannot have a sign")
                }
                return integer(body.dropFirst(2), radix: radix, negative: false, text)
            }
        }
        // Decimal: integer part, then an optional fraction and exponent.
        var j = body.startIndex
        func digits(_ what: String) -> Problem? {
            let start = j
            guard j < body.endIndex, body[j].isDigit else {
                return Problem(message: "`\(text)` is not a number: \(what)")
            }
            while j < body.endIndex {
                if body[j].isDigit {
                    j += 1
                } else if body[j] == .underscore {
                    guard j + 1 < body.endIndex, body[j + 1].isDigit, j > start else {
                        return Problem(message: "`\(text)` is not a number: `_` may only stand between two digits")
                    }
                    j += 1
                } else {
                    break
                }
            }
            return nil
        }
        if lead == .dot { return problem("write a digit before the point, e.g. 0\(text.drop(while: { $0 != "." }))") }
        if let p = digits("it must begin with a digit") { return .failure(p) }
        let integerPart = body[body.startIndex..<j]
        if integerPart.count > 1 && integerPart.first == UInt8(ascii: "0") {
            return problem("a number cannot begin with 0 (write \(text.replacingFirstZeros()); 0o for an octal number)")
        }
        var isFloat = false
        if j < body.endIndex && body[j] == .dot {
            j += 1
            isFloat = true
            if j < body.endIndex && body[j] == .underscore {
                return problem("`_` may only stand between two digits")
            }
            if let p = digits("write a digit after the point, e.g. \(String(decoding: token[..<j], as: UTF8.self))0") {
                return .failure(p)
            }
        }
        if j < body.endIndex && (body[j] == UInt8(ascii: "e") || body[j] == UInt8(ascii: "E")) {
            j += 1
            isFloat = true
            if j < body.endIndex && (body[j] == .plus || body[j] == .minus) { j += 1 }
            if j < body.endIndex && body[j] == .underscore {
                return problem("`_` may only stand between two digits")
            }
            if let p = digits("its exponent needs digits, e.g. 1e6 or 2.5E-3") { return .failure(p) }
        }
        if j < body.endIndex {
            if body[j] == .underscore { return problem("`_` may only stand between two digits") }
            return problem("write a number as 42, -7, 3.14, 1e6, 0x1F, inf or nan")
        }
        if !isFloat { return integer(integerPart, radix: 10, negative: negative, text) }
        let cleaned = String(decoding: token.filter { $0 != .underscore }, as: UTF8.self)
        guard let x = Double(cleaned), x.isFinite else {
            return problem("it is too large for a 64-bit float (at most about 1.8e308)")
        }
        return .success(.float(x))
    }

    /// Digits (with `_` between them) in `radix`, as a 64-bit integer.
    private static func integer(_ digits: Bytes, radix: Int, negative: Bool, _ text: String) -> Result<TOMLValue.Kind, Problem> {
        func problem(_ why: String) -> Result<TOMLValue.Kind, Problem> {
            .failure(Problem(message: "`\(text)` is not a number: \(why)"))
        }
        let names = [16: "a hexadecimal number has the digits 0–9 and a–f",
                     8: "an octal number has the digits 0–7", 2: "a binary number has the digits 0 and 1",
                     10: "write a whole number as 42 or -7"]
        guard !digits.isEmpty else { return problem("write digits after its prefix, e.g. 0x1F") }
        // Accumulated as a negative number, which reaches Int64.min.
        var value: Int64 = 0
        var previousWasDigit = false
        for b in digits {
            if b == .underscore {
                guard previousWasDigit else { return problem("`_` may only stand between two digits") }
                previousWasDigit = false
                continue
            }
            guard let d = TOMLReader.hexValue(b), Int(d) < radix else { return problem(names[radix]!) }
            let (shifted, o1) = value.multipliedReportingOverflow(by: Int64(radix))
            let (next, o2) = shifted.subtractingReportingOverflow(Int64(d))
            if o1 || o2 { return problem("it is outside the range of a 64-bit whole number (±9223372036854775807)") }
            value = next
            previousWasDigit = true
        }
        guard previousWasDigit else { return problem("`_` may only stand between two digits") }
        if negative { return .success(.integer(value)) }
        guard value != .min else {
            return problem("it is outside the range of a 64-bit whole number (±9223372036854775807)")
        }
        return .success(.integer(-value))
    }

    // MARK: - Dates and times

    /// An offset date-time, local date-time, local date or local time (RFC 3339, with the
    /// seconds that TOML 1.0 requires).
    private static func dateTime(_ token: Bytes, _ text: String) -> Result<TOMLDateTime, Problem> {
        let advice = "write a date as 2023-06-01, a time as 07:30:00, a date-time as 2023-06-01T07:30:00 "
            + "(with Z or +08:00 for an offset)"
        func problem(_ why: String) -> Result<TOMLDateTime, Problem> {
            .failure(Problem(message: "`\(text)` is not a valid date or time: \(why)"))
        }
        var k = token.startIndex
        func number(_ count: Int) -> Int? {
            guard k + count <= token.endIndex, token[k..<(k + count)].allSatisfy(\.isDigit) else { return nil }
            defer { k += count }
            return token[k..<(k + count)].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        func take(_ b: UInt8) -> Bool {
            guard k < token.endIndex, token[k] == b else { return false }
            k += 1
            return true
        }
        var result = TOMLDateTime()
        if looksLikeDate(token) {
            guard let year = number(4), take(.minus), let month = number(2), take(.minus), let day = number(2) else {
                return problem(advice)
            }
            guard (1...12).contains(month) else { return problem("the month must be 01 to 12") }
            let days = daysIn(month: month, year: year)
            guard (1...days).contains(day) else {
                return problem("day \(day) is not in the month (\(year)-\(month < 10 ? "0" : "")\(month) has \(days) days)")
            }
            result.date = .init(year: year, month: month, day: day)
            if k == token.endIndex { return .success(result) }
            guard take(UInt8(ascii: "T")) || take(UInt8(ascii: "t")) || take(.space) else { return problem(advice) }
        }
        guard let hour = number(2), take(.colon), let minute = number(2) else { return problem(advice) }
        guard take(.colon), let second = number(2) else {
            return problem("TOML 1.0 needs the seconds: write \(String(format2: hour)):\(String(format2: minute)):00")
        }
        guard hour < 24 else { return problem("the hour must be 00 to 23") }
        guard minute < 60 else { return problem("the minutes must be 00 to 59") }
        guard second <= 60 else { return problem("the seconds must be 00 to 59 (60 for a leap second)") }
        var fraction = ""
        if take(.dot) {
            let start = k
            while k < token.endIndex, token[k].isDigit { k += 1 }
            guard k > start else { return problem("write digits after the seconds' point, e.g. 07:30:00.5") }
            fraction = String(decoding: token[start..<k], as: UTF8.self)
        }
        result.time = .init(hour: hour, minute: minute, second: second, fraction: fraction)
        if k == token.endIndex { return .success(result) }
        guard result.date != nil else { return problem("a time without a date cannot have an offset") }
        if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) {
            result.offsetMinutes = 0
        } else if k < token.endIndex, token[k] == .plus || token[k] == .minus {
            let sign = token[k] == .minus ? -1 : 1
            k += 1
            guard let h = number(2), take(.colon), let m = number(2) else {
                return problem("write the offset as Z, +08:00 or -05:30")
            }
            guard h < 24, m < 60 else { return problem("the offset must be between -23:59 and +23:59") }
            result.offsetMinutes = sign * (h * 60 + m)
        }
        guard k == token.endIndex else { return problem(advice) }
        return .success(result)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

private extension UInt8 {
    var isLetter: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
    }
}

private extension String {
    /// Two digits: `7` → `07`.
    init(format2 n: Int) {
        self = n < 10 ? "0\(n)" : "\(n)"
    }

    /// `0012` → `12`, `-01.5` → `-1.5`: the number without its leading zeros.
    func replacingFirstZeros() -> String {
        var sign = ""
        var rest = Substring(self)
        if let c = rest.first, c == "+" || c == "-" {
            sign = String(c)
            rest = rest.dropFirst()
        }
        let trimmed = rest.drop(while: { $0 == "0" || $0 == "_" })
        if trimmed.isEmpty || trimmed.first == "." { return sign + "0" + trimmed }
        return sign + trimmed
    }
}
