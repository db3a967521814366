/// Named timers ordered by due time (ties by creation order), one-shot or repeating.
/// Setting a name again replaces its timer; cancelling is lazy, so both are O(log n).
struct TimerQueue {
    private struct Entry {
        var due: Timestamp
        var sequence: Int
        var name: String
        var interval: Int64?
        var generation: Int
    }

    private var heap: [Entry] = []
    private var generations: [String: Int] = [:]
    private var sequence = 0

    /// The earliest due time of a live timer.
    var nextDue: Timestamp? {
        mutating get {
            dropCancelled()
            return heap.first?.due
        }
    }

    var isEmpty: Bool { generations.isEmpty }

    mutating func set(_ name: String, at due: Timestamp, every interval: Duration? = nil) {
        sequence += 1
        generations[name] = sequence // unique, so an older timer of the same name never matches
        push(Entry(due: due, sequence: sequence, name: name, interval: interval?.nanosecondsValue, generation: sequence))
    }

    mutating func cancel(_ name: String) {
        generations[name] = nil
    }

    /// Removes and returns the earliest timer due at or before `time`, rescheduling repeats.
    mutating func popDue(atOrBefore time: Timestamp) -> TimerEvent? {
        dropCancelled()
        guard let top = heap.first, top.due <= time else { return nil }
        popTop()
        if let interval = top.interval, interval > 0 {
            sequence += 1
            push(Entry(due: Timestamp(nanoseconds: top.due.nanoseconds + interval), sequence: sequence,
                       name: top.name, interval: interval, generation: top.generation))
        } else {
            generations[top.name] = nil
        }
        return TimerEvent(name: top.name, scheduledAt: top.due)
    }

    private mutating func dropCancelled() {
        while let top = heap.first, generations[top.name] != top.generation { popTop() }
    }

    private static func before(_ a: Entry, _ b: Entry) -> Bool {
        a.due != b.due ? a.due < b.due : a.sequence < b.sequence
    }

    private mutating func push(_ entry: Entry) {
        heap.append(entry)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.before(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func popTop() {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count && Self.before(heap[left], heap[smallest]) { smallest = left }
            if right < heap.count && Self.before(heap[right], heap[smallest]) { smallest = right }
            if smallest == parent { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
