@testable import Aggregator
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
        try await writer.waitForAll()
        #expect(order.withLock { $0 } == Array(0..<50))
    }

    @Test func aFailureSkipsTheLaterWritesAndIsReported() async {
        let writer = StoreWriter()
        let ran = Mutex<[String]>([])
        writer.submit { ran.withLock { $0.append("first") } }
        writer.submit { () throws(StoreError) in
            throw StoreError(code: .queryFailed, path: "state.sqlite", message: "disk full")
        }
        writer.submit { ran.withLock { $0.append("after the failure") } }
        await #expect(throws: StoreError.self) { try await writer.waitForAll() }
        #expect(ran.withLock { $0 } == ["first"])
    }
}
