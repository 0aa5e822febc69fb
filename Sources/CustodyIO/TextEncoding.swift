/// The character encoding an input file was found to be in.
public enum TextEncoding: String, Sendable, Equatable, CustomStringConvertible {
    /// UTF-8 without a byte-order mark (plain ASCII counts as this).
    case utf8 = "UTF-8"
    /// UTF-8 with a byte-order mark, as Excel's "CSV UTF-8" writes it.
    case utf8WithBOM = "UTF-8 with BOM"
    /// UTF-16 with a little-endian byte-order mark (Excel's "Unicode text").
    case utf16LittleEndian = "UTF-16LE"
    /// UTF-16 with a big-endian byte-order mark.
    case utf16BigEndian = "UTF-16BE"
    /// GB18030, a superset of GBK and GB2312: what Excel saves on Chinese Windows.
    case gb18030 = "GB18030"

    /// The encoding's usual name: `UTF-8`, `GB18030`.
    public var description: String { rawValue }
}
