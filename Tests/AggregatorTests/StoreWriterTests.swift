@testable import Aggregator
import Dispatch
import Store
import Synchronization
import Testing

@Suite("Store writer")
struct StoreWriterTests {
    @Test func writesRunInTheOrderSubmitted() async throws {
        let writer = StoreWriter()
        let order = Mutex<[Int]>([])
        for number in 0..<50 {
            writer.submit { order.withLock { $0.append(number) } }
        }
        try await writer.wait()
        #expect(order.withLock { $0 } == Array(0..<50))
    }

    /// The cycle queues a batch while the one before it is still being written.
    @Test(.timeLimit(.minutes(1))) func waitingCanLeaveTheNewestWritePending() async throws {
        let writer = StoreWriter()
        let first = DispatchSemaphore(value: 0)
        let second = DispatchSemaphore(value: 0)
        let finished = Mutex<[String]>([])
        writer.submit { first.wait(); finished.withLock { $0.append("first") } }
        writer.submit { second.wait(); finished.withLock { $0.append("second") } }
        first.signal()
        try await writer.wait(untilPendingAtMost: 1)
        #expect(finished.withLock { $0 } == ["first"])
        second.signal()
        try await writer.wait()
        #expect(finished.withLock { $0 } == ["first", "second"])
    }

    @Test func aFailureSkipsTheLaterWritesAndIsReported() async {
        let writer = StoreWriter()
        let ran = Mutex<[String]>([])
        writer.submit { ran.withLock { $0.append("first") } }
        writer.submit { () throws(StoreError) in
            throw StoreError(code: .queryFailed, path: "state.sqlite", message: "disk full")
        }
        writer.submit { ran.withLock { $0.append("after the failure") } }
        await #expect(throws: StoreError.self) { try await writer.wait() }
        #expect(ran.withLock { $0 } == ["first"])
    }
}
