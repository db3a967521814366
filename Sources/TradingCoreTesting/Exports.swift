// TradingCoreTesting: what you need to test your own strategies the way the SDK tests its own,
// in the spirit of NIOEmbedded: a simulated clock, an in-memory feed, a scripted venue, a
// harness that wires them to a real engine, and candle builders.
@_exported import TradingCore
