@testable import FeedFetching
import Testing

struct AdmissionQueueTests {
    @Test func perHostAndTotalLimitsHold() {
        var queue = AdmissionQueue<String>(maxActive: 3, maxActivePerHost: 2)
        for item in ["a1", "a2", "a3", "b1", "c1"] {
            queue.enqueue(item, host: String(item.prefix(1)))
        }
        #expect(queue.admitNext() == "a1")
        #expect(queue.admitNext() == "a2")
        #expect(queue.admitNext() == "b1")
        #expect(queue.admitNext() == nil)

        queue.release(host: "a")
        #expect(queue.admitNext() == "a3")
        queue.release(host: "a")
        #expect(queue.admitNext() == "c1")
        #expect(queue.admitNext() == nil)
        #expect(queue.activeCount == 3)
        #expect(queue.waitingCount == 0)
    }

    @Test func aBusyHostDoesNotHoldUpOthers() {
        var queue = AdmissionQueue<String>(maxActive: 10, maxActivePerHost: 1)
        for item in ["a1", "a2", "a3", "b1"] {
            queue.enqueue(item, host: String(item.prefix(1)))
        }
        #expect(queue.admitNext() == "a1")
        #expect(queue.admitNext() == "b1")
        #expect(queue.admitNext() == nil)
    }

    @Test func waitingItemsCanBeRemoved() {
        var queue = AdmissionQueue<String>(maxActive: 1, maxActivePerHost: 1)
        for item in ["a1", "a2", "b1", "b2"] {
            queue.enqueue(item, host: String(item.prefix(1)))
        }
        #expect(queue.removeWaiting { $0 == "a1" } == "a1")
        #expect(queue.removeWaiting { $0 == "zz" } == nil)
        #expect(queue.removeAllWaiting() == ["a2", "b1", "b2"])
        #expect(queue.admitNext() == nil)
    }
}
