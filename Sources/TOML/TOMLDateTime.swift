/// A TOML date, time or date-time (RFC 3339), as written.
///
/// - an offset date-time has all three parts: `1979-05-27T07:32:00-08:00`;
/// - a local date-time has no offset: `1979-05-27T07:32:00`;
/// - a local date has only the date: `1979-05-27`;
/// - a local time has only the time: `07:32:00.999`.
public struct TOMLDateTime: Hashable, Sendable, CustomStringConvertible {
    public struct Date: Hashable, Sendable {
        public var year: Int, month: Int, day: Int
    }

    public struct Time: Hashable, Sendable {
        public var hour: Int, minute: Int, second: Int
        /// The digits after the seconds' point, as written (`"999"` for `.999`); empty if none.
        public var fraction: String
    }

    public var date: Date?
    public var time: Time?
    /// Minutes east of UTC (`Z` is 0), for an offset date-time.
    public var offsetMinutes: Int?

    /// The RFC 3339 text: `T` between date and time, `Z` for a zero offset.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var out = ""
        if let date {
            let year = String(date.year)
            out += String(repeating: "0", count: max(0, 4 - year.count)) + year + "-\(two(date.month))-\(two(date.day))"
        }
        if let time {
            if date != nil { out += "T" }
            out += "\(two(time.hour)):\(two(time.minute)):\(two(time.second))"
            if !time.fraction.isEmpty { out += "." + time.fraction }
        }
        if let offsetMinutes {
            if offsetMinutes == 0 {
                out += "Z"
            } else {
                let m = abs(offsetMinutes)
                out += (offsetMinutes < 0 ? "-" : "+") + "\(two(m / 60)):\(two(m % 60))"
            }
        }
        return out
    }
}
