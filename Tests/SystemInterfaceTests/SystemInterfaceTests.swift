import Foundation
import SystemInterface
import Testing

@Suite("System interface")
final class SystemInterfaceTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "system-interface-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test func anExclusiveWriteCreatesOnceAndThenReportsTheExistingFile() throws {
        let path = folder + "/page.html"
        try FileCalls.write(Array("first".utf8), toFileAt: path, exclusive: true)
        let error = #expect(throws: SystemError.self) { try FileCalls.write(Array("second".utf8), toFileAt: path, exclusive: true) }
        #expect(error?.isExistingFile == true)
        #expect(error?.call == "open")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first", "a refused write must leave the file alone")
        try FileCalls.write(Array("third".utf8), toFileAt: path, exclusive: false)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "third")
    }

    @Test func aMissingFolderIsToldApartAndWordedByTheCLibrary() throws {
        let error = #expect(throws: SystemError.self) {
            try FileCalls.write(Array("text".utf8), toFileAt: folder + "/absent/page.html", exclusive: true)
        }
        #expect(error?.isMissingFolder == true)
        #expect(error?.isExistingFile == false)
        #expect(error?.reason == "No such file or directory")
        #expect(error?.description == "open: No such file or directory")
    }

    @Test func renameReplacesAndRemoveSaysWhetherThereWasAFile() throws {
        try FileCalls.write(Array("old".utf8), toFileAt: folder + "/feed.atom", exclusive: true)
        try FileCalls.write(Array("new".utf8), toFileAt: folder + "/.feed.atom.tmp", exclusive: true)
        try FileCalls.rename(folder + "/.feed.atom.tmp", to: folder + "/feed.atom")
        #expect(try String(contentsOfFile: folder + "/feed.atom", encoding: .utf8) == "new")
        #expect(!FileManager.default.fileExists(atPath: folder + "/.feed.atom.tmp"))
        #expect(FileCalls.remove(folder + "/feed.atom"))
        #expect(!FileCalls.remove(folder + "/feed.atom"))
        #expect(throws: SystemError.self) { try FileCalls.rename(folder + "/gone", to: folder + "/feed.atom") }
    }

    /// flock(2) locks belong to an open file, so a second open in the same
    /// process contends like another process would.
    @Test func aHeldLockIsRefusedUntilItsHolderIsGone() throws {
        var holder: FileLock? = try FileLock(path: folder + "/cycle.lock")
        #expect(try holder?.tryLock() == true)
        let other = try FileLock(path: folder + "/cycle.lock")
        #expect(try other.tryLock() == false)
        holder = nil
        #expect(try other.tryLock() == true)
    }

    @Test func aLockFileInAMissingFolderCannotBeOpened() {
        let error = #expect(throws: SystemError.self) { try FileLock(path: folder + "/absent/cycle.lock") }
        #expect(error?.isMissingFolder == true)
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test func theMonotonicClockMovesForward() {
        let first = MonotonicClock.microseconds
        #expect(first > 0)
        #expect(MonotonicClock.microseconds >= first)
    }
}
