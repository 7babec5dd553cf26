/// The `capacity` highest-scoring slots offered, kept in a min-heap so each
/// offer costs O(log capacity) however many candidates a query touches.
struct BoundedBest {
    private let capacity: Int
    private var heap: [(score: Float, slot: Int)] = []

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        heap.reserveCapacity(self.capacity)
    }

    var slots: [Int] { heap.map(\.slot) }

    mutating func offer(_ score: Float, slot: Int) {
        if heap.count < capacity {
            heap.append((score, slot))
            siftUp(heap.count - 1)
        } else if score > heap[0].score {
            heap[0] = (score, slot)
            siftDown(0)
        }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].score < heap[parent].score else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < heap.count else { return }
            let right = left + 1
            let smaller = right < heap.count && heap[right].score < heap[left].score ? right : left
            guard heap[smaller].score < heap[parent].score else { return }
            heap.swapAt(smaller, parent)
            parent = smaller
        }
    }
}
