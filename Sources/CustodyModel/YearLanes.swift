/// Calendar years four at a time: the yearly profit of an area's blocks is added with vector
/// arithmetic (one AVX operation per four years, or two SSE2 ones in a portable build), not a
/// loop of scalar steps. Arrays indexed by year that are read this way are padded with zeros to
/// a multiple of four (``padded(_:)``), so that a horizon of up to four years is one step.
enum YearLanes {
    static func padded(_ years: Int) -> Int { (years + 3) & ~3 }

    @inline(__always)
    static func load(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
    }

    @inline(__always)
    static func load(_ p: UnsafeMutablePointer<Double>) -> SIMD4<Double> { load(UnsafePointer(p)) }

    @inline(__always)
    static func store(_ v: SIMD4<Double>, to p: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD4<Double>.self)
    }
}
