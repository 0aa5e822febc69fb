/// A report that cannot be made: the folder is unreadable or holds no CSV file to chart.
public struct ReportError: Error, CustomStringConvertible {
    public let description: String
}
