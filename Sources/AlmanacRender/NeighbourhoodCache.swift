import AlmanacViz
import Synchronization

/// Neighbourhood pictures kept between `serve`'s rebuilds, per entry, with
/// what they were drawn from: an edit re-renders the pages around it, and
/// most of their neighbourhoods are the same as before, so the layout is
/// reused instead of worked out again. The picture is a function of its
/// input alone, so a reused one is the one a new layout would draw.
public final class NeighbourhoodCache: Sendable {
    private let pictures = Mutex<[String: (input: NeighbourhoodInput, svg: [UInt8])]>([:])
    private let draws = Atomic<Int>(0)

    public init() {}

    /// The picture of `input`, drawn unless it was drawn for the same input before.
    func picture(for input: NeighbourhoodInput) -> [UInt8] {
        if let kept = pictures.withLock({ $0[input.center.id] }), kept.input == input { return kept.svg }
        let svg = NeighbourhoodSVG.render(input)
        draws.add(1, ordering: .relaxed)
        pictures.withLock { $0[input.center.id] = (input, svg) }
        return svg
    }

    /// How many entries have a picture kept, and how many were drawn in all (for tests).
    public var count: Int { pictures.withLock { $0.count } }
    public var drawn: Int { draws.load(ordering: .relaxed) }
}
