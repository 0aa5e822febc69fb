import Foundation

/// A file written piece by piece into a temporary in its folder's ``StagingFolder`` (outside the
/// folder, so that a `SIGKILL` leaves nothing in it), and renamed into place only by
/// ``commit()``: readers never see half of it (MODEL §7).
///
/// Every ``flushInterval`` bytes, a background queue starts `fdatasync(2)` on what is written so
/// far (unless the previous one is still running), so that the disk writes while the rows are
/// computed and the final `fsync` in ``commit()`` waits only for the tail.
///
/// ``temporaryPath`` is exposed so that a signal handler can remove it on Ctrl-C.
public final class StreamedFile {
    public let finalPath: String
    public let temporaryPath: String
    private let staging: StagingFolder
    private var fd: Int32
    /// Bytes written so far.
    public private(set) var size = 0
    /// Bytes between two background flushes.
    static let flushInterval = 4 << 20
    private var unflushed = 0
    private let flusher = DispatchQueue(label: "custody.streamed-file.flush")
    /// Background flushes started and not yet finished (0 or 1).
    private let pending = DispatchGroup()

    /// Creates the folder (and parents) and opens `NAME.PID.partial` in its staging folder.
    ///
    /// - Throws: ``OutputError`` naming the folder or file.
    public init(folder: String, name: String) throws {
        try OutputDirectory.makeFolders(folder)
        finalPath = (folder as NSString).appendingPathComponent(name)
        staging = try StagingFolder(for: folder)
        temporaryPath = staging.temporary(for: name)
        fd = staging.create(temporaryPath)
        guard fd >= 0 else { throw OutputError(path: finalPath, reason: String(cString: strerror(errno))) }
    }

    deinit { discard() }

    /// Appends `bytes`.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw OutputError(path: finalPath, reason: String(cString: strerror(errno)))
                }
                offset += n
            }
        }
        size += bytes.count
        unflushed += bytes.count
        if unflushed >= Self.flushInterval, pending.wait(timeout: .now()) == .success {
            unflushed = 0
            let fd = fd
            flusher.async(group: pending) { fdatasync(fd) }
        }
    }

    /// Flushes to disk and renames the temporary into place.
    public func commit() throws {
        guard fd >= 0 else { return }
        defer { discard() }
        pending.wait()
        guard fsync(fd) == 0, rename(temporaryPath, finalPath) == 0 else {
            throw OutputError(path: finalPath, reason: String(cString: strerror(errno)))
        }
    }

    /// Closes and removes the temporary (nothing once committed).
    public func discard() {
        guard fd >= 0 else { return }
        // The descriptor stays open until a background flush of it has returned.
        pending.wait()
        close(fd)
        fd = -1
        unlink(temporaryPath)
        staging.removeIfEmpty()
    }
}
