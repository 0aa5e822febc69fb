import Foundation

/// Turns an input file's bytes into text, detecting its encoding.
///
/// In order: a UTF-8 byte-order mark (stripped), a UTF-16 mark (little or big endian), strict
/// UTF-8, then GB18030 (GBK, GB2312), which is what Excel and WPS save on Chinese Windows.
/// Plain ASCII is UTF-8. A UTF-8 file with a stray invalid byte is tried as GB18030, and is
/// reported as undecodable only when that fails too.
enum TextDecoding {
    /// GB18030 in Foundation: `kCFStringEncodingGB_18030_2000` (0x0632) as an `NSStringEncoding`,
    /// the value that works with swift-corelibs-foundation on Linux.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Decodes `data`.
    ///
    /// - Parameter file: the path to name in the diagnostic.
    /// - Returns: the text (without a byte-order mark) and the encoding found.
    /// - Throws: an error diagnostic at 1:1 of `file` when no encoding fits.
    static func decode(_ data: Data, file: String) throws(InputError) -> (text: String, encoding: TextEncoding) {
        if let result = decode(data) { return result }
        let message = "the file is neither UTF-8 nor GB18030 (GBK) text; "
            + "open it in a text editor or Excel and save it as UTF-8 (Excel: \"CSV UTF-8\")"
        throw InputError(diagnostics: [.error(message, file: file, line: 1, column: 1)])
    }

    /// Decodes `data`, or returns nil when it is in no encoding this type knows.
    static func decode(_ data: Data) -> (text: String, encoding: TextEncoding)? {
        let found: (String, TextEncoding)? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                return utf8(UnsafeBufferPointer(rebasing: bytes[3...])).map { ($0, .utf8WithBOM) }
            }
            if bytes.starts(with: [0xFF, 0xFE]) {
                return utf16(bytes.dropFirst(2), bigEndian: false).map { ($0, .utf16LittleEndian) }
            }
            if bytes.starts(with: [0xFE, 0xFF]) {
                return utf16(bytes.dropFirst(2), bigEndian: true).map { ($0, .utf16BigEndian) }
            }
            return utf8(bytes).map { ($0, .utf8) }
        }
        if let found { return found }
        // A byte-order mark settles the encoding: bad bytes after it are not GB18030.
        let marks: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]
        if marks.contains(where: { data.starts(with: $0) }) { return nil }
        if let text = String(data: data, encoding: gb18030) { return (text, .gb18030) }
        return nil
    }

    /// Strict UTF-8 over contiguous bytes (the standard library's fast validating path).
    private static func utf8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// Strict UTF-16: nil on an odd byte count or an unpaired surrogate.
    private static func utf16(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, bigEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        return String(validating: units, as: UTF16.self)
    }
}
