/// Decides which waiting transfers may start: at most `maxActive` at once and at most
/// `maxActivePerHost` per host, first come first served among the hosts that have room.
///
/// libcurl can queue transfers itself (CURLMOPT_MAX_HOST_CONNECTIONS), but a transfer's total
/// timeout starts when it is added to the multi handle, so hundreds of feeds on one host would
/// time out while queued there. Admitting them here starts each clock when a slot is free.
struct AdmissionQueue<Item> {
    let maxActive: Int
    let maxActivePerHost: Int
    private var waitingByHost: [String: [Item]] = [:]
    /// Hosts that have waiting items, in the order their first one arrived.
    private var hostsInArrivalOrder: [String] = []
    private var activeByHost: [String: Int] = [:]
    private(set) var activeCount = 0
    private(set) var waitingCount = 0

    init(maxActive: Int, maxActivePerHost: Int) {
        self.maxActive = max(1, maxActive)
        self.maxActivePerHost = max(1, maxActivePerHost)
    }

    mutating func enqueue(_ item: Item, host: String) {
        if waitingByHost[host, default: []].isEmpty { hostsInArrivalOrder.append(host) }
        waitingByHost[host, default: []].append(item)
        waitingCount += 1
    }

    /// The next item allowed to start, now counted as active; nil when none may start yet.
    mutating func admitNext() -> Item? {
        guard activeCount < maxActive,
              let position = hostsInArrivalOrder.firstIndex(where: { activeByHost[$0, default: 0] < maxActivePerHost })
        else { return nil }
        let host = hostsInArrivalOrder[position]
        let item = waitingByHost[host]!.removeFirst()
        if waitingByHost[host]!.isEmpty {
            waitingByHost[host] = nil
            hostsInArrivalOrder.remove(at: position)
        }
        waitingCount -= 1
        activeCount += 1
        activeByHost[host, default: 0] += 1
        return item
    }

    /// Frees the slot of an admitted item that has finished.
    mutating func release(host: String) {
        activeCount -= 1
        activeByHost[host, default: 0] -= 1
        if activeByHost[host] == 0 { activeByHost[host] = nil }
    }

    /// Takes a waiting (not yet admitted) item out of the queue.
    mutating func removeWaiting(where matches: (Item) -> Bool) -> Item? {
        for (position, host) in hostsInArrivalOrder.enumerated() {
            guard let index = waitingByHost[host]!.firstIndex(where: matches) else { continue }
            let item = waitingByHost[host]!.remove(at: index)
            if waitingByHost[host]!.isEmpty {
                waitingByHost[host] = nil
                hostsInArrivalOrder.remove(at: position)
            }
            waitingCount -= 1
            return item
        }
        return nil
    }

    /// Empties the queue of waiting items, oldest host first.
    mutating func removeAllWaiting() -> [Item] {
        let items = hostsInArrivalOrder.flatMap { waitingByHost[$0]! }
        waitingByHost = [:]
        hostsInArrivalOrder = []
        waitingCount = 0
        return items
    }
}
