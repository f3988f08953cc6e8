import Dispatch
import Foundation
import JalurEngine
import JalurJSON
import JalurLoader

/// Decodes and evaluates the lines of one JSON Lines batch in parallel, one evaluator per piece, and hands
/// the outcomes back in line order.
final class NextBatchWorkers: @unchecked Sendable {
    private let reader: ResidentReader
    private let settings: NextSettings
    private let renderer: NextResidentRenderer
    private let pieceCount: Int
    /// One evaluator per piece; piece `i` only ever touches `evaluators[i]`.
    private var evaluators: [Evaluator]

    init(engine: Engine, reader: ResidentReader, settings: NextSettings, renderer: NextResidentRenderer) {
        self.reader = reader
        self.settings = settings
        self.renderer = renderer
        self.pieceCount = max(1, ProcessInfo.processInfo.activeProcessorCount) * 4
        self.evaluators = (0..<pieceCount).map { _ in engine.makeEvaluator() }
    }

    /// The outcomes of every line of `batch`, in order.
    func process(_ batch: JSONLinesBatch, file: String) -> [NextResidentOutcome] {
        let lines = batch.lines
        let pieces = min(pieceCount, lines.count)
        var results = [[NextResidentOutcome]](repeating: [], count: pieces)
        results.withUnsafeMutableBufferPointer { slots in
            evaluators.withUnsafeMutableBufferPointer { evaluators in
                let slots = NextUnsafeSendable(slots)
                let evaluators = NextUnsafeSendable(evaluators)
                DispatchQueue.concurrentPerform(iterations: pieces) { piece in
                    let start = lines.count * piece / pieces
                    let end = lines.count * (piece + 1) / pieces
                    slots.value[piece] = self.process(
                        lines[start..<end],
                        bytes: batch.bytes,
                        file: file,
                        evaluator: &evaluators.value[piece]
                    )
                }
            }
        }
        return results.flatMap { $0 }
    }

    private func process(
        _ lines: ArraySlice<JSONLine>,
        bytes: [UInt8],
        file: String,
        evaluator: inout Evaluator
    ) -> [NextResidentOutcome] {
        var outcomes: [NextResidentOutcome] = []
        outcomes.reserveCapacity(lines.count)
        bytes.withUnsafeBufferPointer { buffer in
            for line in lines {
                let result =
                    line.isTooLong
                    ? ResidentReader.lineTooLong(file: file, line: line.number)
                    : reader.decodeJSONLine(
                        UnsafeBufferPointer(rebasing: buffer[line.range]),
                        file: file,
                        line: line.number
                    )
                outcomes.append(
                    NextResidentOutcome.make(result, evaluator: &evaluator, settings: settings, renderer: renderer)
                )
            }
        }
        return outcomes
    }
}

/// Hands a buffer to `concurrentPerform` workers that each touch only their own elements.
struct NextUnsafeSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
