import Foundation

/// Where an output folder's files are written before they are renamed into place.
///
/// A temporary file inside the output folder would survive a `SIGKILL` (no handler can run), so
/// temporaries live in a hidden sibling, `<parent>/.<name>.custody-staging/`, on the same file
/// system as the output folder, where `rename(2)` into the folder is atomic. Each temporary is
/// named `NAME.PID.partial`. Every writer first removes the staging files of processes that no
/// longer exist (a killed run's leftovers), and removes the staging folder when it leaves it
/// empty. The output folder itself holds only complete files: the previous version or the new.
///
/// `O_TMPFILE` + `linkat(2)` was considered and not used: `linkat` cannot replace an existing
/// file, so the new file would still need a visible name in the output folder before the final
/// `rename`, which a `SIGKILL` could leave behind.
///
/// The output folder's real path is used (symbolic links resolved). When its parent is on another
/// file system (the output folder is a mount point) or cannot be written, temporaries fall back
/// to a hidden `.custody-staging/` inside the output folder.
struct StagingFolder {
    /// The folder holding the temporaries.
    let path: String

    /// Creates (if needed) the staging folder for `output`, which must exist, and removes the
    /// leftovers of dead processes there and in `output` (where earlier versions staged).
    ///
    /// - Throws: ``OutputError`` when neither staging location can be created.
    init(for output: String) throws {
        let absolute = Self.realPath(output)
        let parent = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        let sibling = (parent as NSString).appendingPathComponent(".\(name).custody-staging")
        if absolute != "/", Self.device(of: parent) == Self.device(of: absolute),
           mkdir(sibling, 0o755) == 0 || errno == EEXIST {
            path = sibling
        } else {
            path = (absolute as NSString).appendingPathComponent(".custody-staging")
            try OutputDirectory.makeFolders(path)
        }
        Self.removeLeftovers(in: path)
        Self.removeLeftovers(in: output, hiddenOnly: true)
    }

    /// The temporary for the file `name`: `NAME.PID.partial` in the staging folder.
    func temporary(for name: String) -> String {
        (path as NSString).appendingPathComponent("\(name).\(getpid()).partial")
    }

    /// Opens `temporary` for writing, recreating the staging folder if a concurrent writer
    /// removed it after emptying it.
    ///
    /// - Returns: the file descriptor, or −1 with `errno` set.
    func create(_ temporary: String) -> Int32 {
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd >= 0 || errno != ENOENT { return fd }
        mkdir(path, 0o755)
        return open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    }

    /// Removes the staging folder if it is empty (another writer may still be using it).
    func removeIfEmpty() {
        rmdir(path)
    }

    /// Removes every `*.PID.partial` in `folder` (only `.*.PID.partial` when `hiddenOnly`) whose
    /// process is gone.
    static func removeLeftovers(in folder: String, hiddenOnly: Bool = false) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasSuffix(".partial") && (!hiddenOnly || entry.hasPrefix(".")) {
            let parts = entry.dropLast(".partial".count).split(separator: ".")
            guard let pid = parts.last.flatMap({ pid_t($0) }), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                unlink((folder as NSString).appendingPathComponent(entry))
            }
        }
    }

    /// `path` with symbolic links, `.` and `..` resolved (the path itself when that fails).
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The file system holding `path`, or nil.
    static func device(of path: String) -> UInt? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt(info.st_dev) : nil
    }
}
