import Foundation

/// Writes a command's files into a folder so that a crash never leaves half a file.
///
/// Every file is first written in full to a temporary file in the folder's ``StagingFolder`` (a
/// hidden sibling on the same file system, so that even a `SIGKILL` leaves no temporary in the
/// output folder) and flushed to disk; only when all of them are written are they renamed into
/// place, one `rename(2)` each (atomic on POSIX file systems). A reader sees either the previous
/// version of a file or the new one.
public struct OutputDirectory {
    public let path: String

    public init(path: String) { self.path = path }

    /// Creates the folder (and parents) and writes `files` into it.
    ///
    /// - Throws: ``OutputError`` naming the file that could not be written; temporary files
    ///   are removed and no file has been replaced.
    public func write(_ files: [(name: String, bytes: [UInt8])]) throws {
        try Self.makeFolders(path)
        let staging = try StagingFolder(for: path)
        var staged: [(temporary: String, final: String)] = []
        defer {
            for s in staged { unlink(s.temporary) }
            staging.removeIfEmpty()
        }
        for file in files {
            let final = (path as NSString).appendingPathComponent(file.name)
            let temporary = staging.temporary(for: file.name)
            staged.append((temporary, final))
            try Self.writeDurably(file.bytes, to: temporary, in: staging, reportedAs: final)
        }
        for s in staged where rename(s.temporary, s.final) != 0 {
            throw OutputError(path: s.final, reason: String(cString: strerror(errno)))
        }
        staged.removeAll()
    }

    private static func writeDurably(_ bytes: [UInt8], to temporary: String, in staging: StagingFolder,
                                     reportedAs final: String) throws {
        let fd = staging.create(temporary)
        guard fd >= 0 else { throw OutputError(path: final, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: final, reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        guard fsync(fd) == 0 else { throw OutputError(path: final, reason: String(cString: strerror(errno))) }
    }

    /// Creates `path` and any missing parents, like `mkdir -p`, naming the folder that failed
    /// and the system's reason ("Permission denied").
    static func makeFolders(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw OutputError(path: prefix, reason: "cannot create the folder: \(String(cString: strerror(errno)))")
            }
            var info = stat()
            guard stat(prefix, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                throw OutputError(path: prefix, reason: "it exists but is not a folder")
            }
            prefix += "/"
        }
    }
}

/// A file that could not be written.
public struct OutputError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): error: cannot write: \(reason)" }
}
