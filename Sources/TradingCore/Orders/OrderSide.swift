/// Buy or sell.
public enum OrderSide: String, Sendable, Hashable, Codable, CaseIterable {
    case buy
    case sell

    /// The other side.
    @inlinable public var opposite: OrderSide { self == .buy ? .sell : .buy }
    /// +1 for buys, -1 for sells: the sign a fill adds to a position.
    @inlinable public var sign: Int { self == .buy ? 1 : -1 }
}
