import CustodyModel
import Foundation

/// Runs a range of a sweep's samples on worker threads and hands the results to the caller in
/// sample order (MODEL §7, `sweep`).
///
/// The range is cut into chunks of ``chunkSize`` samples aligned on multiples of it (so that a
/// chunk starts a random stream block). Each worker takes the next chunk, draws and evaluates
/// its samples, and turns it into bytes with `format` (the CSV rows, built in parallel); the
/// calling thread receives the chunks strictly in order through `deliver`. At most `window`
/// chunks are in flight or waiting, so memory does not grow with the number of samples however
/// the threads race.
public enum SweepRunner {
    public static let chunkSize = SweepDesign.blockSize

    /// - Parameters:
    ///   - design: the samples and how they are drawn.
    ///   - model: the scenario prepared for evaluation.
    ///   - range: the samples to run, within 0 ..< design.count.
    ///   - threads: worker threads (≥ 1).
    ///   - format: turns a chunk into bytes, on the worker that computed it.
    ///   - deliver: receives each chunk and its bytes on the calling thread, in sample order;
    ///     an error stops the workers and is rethrown.
    /// - Complexity: O(range.count × touched areas × T) over `threads` threads; memory
    ///   O(window × chunkSize).
    public static func run(design: SweepDesign, model: ScenarioModel, range: Range<Int>, threads: Int,
                           format: @escaping @Sendable (SweepChunk) -> [UInt8],
                           deliver: (SweepChunk, [UInt8]) throws -> Void) throws {
        precondition(threads >= 1 && range.lowerBound >= 0 && range.upperBound <= design.count)
        guard !range.isEmpty else { return }
        var bounds: [Range<Int>] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let end = Swift.min(range.upperBound, (start / chunkSize + 1) * chunkSize)
            bounds.append(start..<end)
            start = end
        }
        // Each worker may run ahead while the calling thread waits for a run of chunks.
        let queue = ChunkQueue(bounds: bounds, window: 4 * threads + ChunkQueue.lookahead)
        let group = DispatchGroup()
        for _ in 0..<Swift.min(threads, bounds.count) {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                let drawer = SampleDrawer(design)
                let evaluator = SweepEvaluator(model: model, variables: design.variables)
                let d = design.variables.count
                while let (index, samples) = queue.take() {
                    var values = [Double](repeating: 0, count: samples.count * d)
                    let placeholder = SweepOutcome(npv: 0, cumulativeCash: 0, minCumulativeCash: 0, selfSufficiency: 0, subsidy: 0)
                    var outcomes = [SweepOutcome](repeating: placeholder, count: samples.count)
                    values.withUnsafeMutableBufferPointer { all in
                        for (r, i) in samples.enumerated() {
                            drawer.draw(i, into: UnsafeMutableBufferPointer(rebasing: all[(r * d)..<((r + 1) * d)]))
                        }
                        outcomes.withUnsafeMutableBufferPointer {
                            evaluator.evaluate(UnsafeBufferPointer(all), count: samples.count, into: $0.baseAddress!)
                        }
                    }
                    let chunk = SweepChunk(first: samples.lowerBound, count: samples.count, values: values,
                                           outcomes: outcomes, variables: d)
                    queue.put(index, (chunk, format(chunk)))
                }
            }
            thread.stackSize = 1 << 22
            thread.start()
        }
        defer {
            queue.cancel()
            group.wait()
        }
        for index in bounds.indices {
            let (chunk, bytes) = queue.next(index)
            try deliver(chunk, bytes)
            queue.delivered()
        }
    }
}

/// Hands chunk numbers to workers and finished chunks back in order, with a bounded window.
///
/// A waiter is woken only when what it waits for may have come: the calling thread when a run
/// of chunks is ready, a worker when a delivery opens the window it waits on. The calling
/// thread writes a chunk far faster than the workers compute one, so it would otherwise sleep
/// and wake for every chunk (about 800 times in a sweep of 200,000 samples); when its chunk is
/// not ready, it sleeps until that chunk and the ``lookahead`` after it are, and then takes
/// them without sleeping.
private final class ChunkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let bounds: [Range<Int>]
    private let window: Int
    private var nextToTake = 0
    private var deliveredCount = 0
    private var cancelled = false
    private var finished: [Int: (SweepChunk, [UInt8])] = [:]
    /// Chunks after the one it needs that the calling thread waits for once it has to wait
    /// (the window holds more, so that they can all be in flight with work to spare).
    static let lookahead = 3
    /// The first and last chunk of the run the calling thread waits for, if it waits.
    private var awaited: (first: Int, last: Int)?
    /// Workers waiting for the window to open.
    private var waitingWorkers = 0

    init(bounds: [Range<Int>], window: Int) {
        self.bounds = bounds
        self.window = window
    }

    /// The next chunk to compute, or nil when there is none or the run was cancelled; waits
    /// while the window is full.
    func take() -> (Int, Range<Int>)? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && nextToTake < bounds.count && nextToTake - deliveredCount >= window {
            waitingWorkers += 1
            condition.wait()
            waitingWorkers -= 1
        }
        guard !cancelled, nextToTake < bounds.count else { return nil }
        let index = nextToTake
        nextToTake += 1
        return (index, bounds[index])
    }

    func put(_ index: Int, _ result: (SweepChunk, [UInt8])) {
        condition.lock()
        finished[index] = result
        if let awaited, finished[awaited.first] != nil, finished[awaited.last] != nil { condition.broadcast() }
        condition.unlock()
    }

    /// Waits for chunk `index` and removes it.
    func next(_ index: Int) -> (SweepChunk, [UInt8]) {
        condition.lock()
        defer { condition.unlock() }
        if finished[index] == nil {
            let last = Swift.min(index + Self.lookahead, bounds.count - 1)
            awaited = (index, last)
            while finished[index] == nil || finished[last] == nil { condition.wait() }
            awaited = nil
        }
        return finished.removeValue(forKey: index)!
    }

    func delivered() {
        condition.lock()
        deliveredCount += 1
        if waitingWorkers > 0 { condition.broadcast() }
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
