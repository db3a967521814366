/// The order id this process assigns (Hyperliquid's cloid, Binance's newClientOrderId): known
/// before the venue answers, so a timed-out post can be looked up instead of sent twice.
public struct ClientOrderID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var value: String

    public init(_ value: String) { self.value = value }
    public init(stringLiteral value: String) { self.value = value }

    public var description: String { value }
    public static func < (lhs: ClientOrderID, rhs: ClientOrderID) -> Bool { lhs.value < rhs.value }

    public init(from decoder: any Decoder) throws { value = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
