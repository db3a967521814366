import GRDB

/// The journal's schema, as versioned migrations: a database written by an older version is
/// brought forward on open; a newer one is refused rather than misread.
///
/// Amounts are TEXT holding exact decimals (`CAST(pnl AS REAL)` to aggregate); times are
/// both `*_ns` integers (exact ordering, replay) and ISO-8601 text (people, SQL tools).
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE bots (
                    name TEXT PRIMARY KEY NOT NULL,
                    customer_id TEXT NOT NULL,
                    initial_capital TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    created_ns INTEGER NOT NULL
                );
                CREATE TABLE orders (
                    bot_name TEXT NOT NULL,
                    id TEXT NOT NULL,
                    venue_order_id TEXT,
                    exchange TEXT NOT NULL,
                    symbol TEXT NOT NULL,
                    side TEXT NOT NULL,
                    type TEXT NOT NULL,
                    quantity TEXT,
                    equity_fraction TEXT,
                    limit_price TEXT,
                    trigger_price TEXT,
                    time_in_force TEXT NOT NULL,
                    reduce_only INTEGER NOT NULL,
                    tag TEXT,
                    status TEXT NOT NULL,
                    filled_quantity TEXT NOT NULL,
                    average_fill_price TEXT,
                    reason TEXT,
                    created_at TEXT NOT NULL,
                    created_ns INTEGER NOT NULL,
                    updated_at TEXT NOT NULL,
                    updated_ns INTEGER NOT NULL,
                    PRIMARY KEY (bot_name, id)
                );
                CREATE INDEX orders_open ON orders (bot_name, status);
                CREATE TABLE fills (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    bot_name TEXT NOT NULL,
                    order_id TEXT NOT NULL,
                    trade_id TEXT NOT NULL,
                    exchange TEXT NOT NULL,
                    symbol TEXT NOT NULL,
                    side TEXT NOT NULL,
                    price TEXT NOT NULL,
                    quantity TEXT NOT NULL,
                    fee TEXT NOT NULL,
                    liquidity TEXT NOT NULL,
                    leverage INTEGER NOT NULL,
                    is_liquidation INTEGER NOT NULL,
                    timestamp TEXT NOT NULL,
                    time_ns INTEGER NOT NULL,
                    UNIQUE (bot_name, exchange, trade_id)
                );
                CREATE INDEX fills_by_order ON fills (bot_name, order_id);
                CREATE TABLE funding_payments (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    bot_name TEXT NOT NULL,
                    exchange TEXT NOT NULL,
                    symbol TEXT NOT NULL,
                    amount TEXT NOT NULL,
                    rate TEXT NOT NULL,
                    timestamp TEXT NOT NULL,
                    time_ns INTEGER NOT NULL
                );
                CREATE TABLE trades (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    timestamp TEXT NOT NULL,
                    bot_name TEXT NOT NULL,
                    customer_id TEXT NOT NULL,
                    exchange TEXT NOT NULL,
                    symbol TEXT NOT NULL,
                    side TEXT NOT NULL,
                    entry_price TEXT NOT NULL,
                    exit_price TEXT NOT NULL,
                    quantity TEXT NOT NULL,
                    leverage INTEGER NOT NULL,
                    pnl TEXT NOT NULL,
                    status TEXT NOT NULL,
                    close_reason TEXT NOT NULL,
                    opened_at TEXT NOT NULL,
                    fees TEXT NOT NULL,
                    funding TEXT NOT NULL,
                    time_ns INTEGER NOT NULL,
                    opened_ns INTEGER NOT NULL
                );
                CREATE INDEX trades_by_bot ON trades (bot_name, time_ns);
                CREATE TABLE risk_state (
                    bot_name TEXT PRIMARY KEY NOT NULL,
                    trading_day INTEGER NOT NULL,
                    day_realized_pnl TEXT NOT NULL,
                    loss_streak INTEGER NOT NULL,
                    peak_equity TEXT NOT NULL,
                    paused INTEGER NOT NULL,
                    pause_reason TEXT,
                    paused_at TEXT,
                    paused_ns INTEGER
                );
                CREATE TABLE equity (
                    bot_name TEXT NOT NULL,
                    time_ns INTEGER NOT NULL,
                    timestamp TEXT NOT NULL,
                    equity TEXT NOT NULL,
                    balance TEXT NOT NULL,
                    unrealized_pnl TEXT NOT NULL,
                    margin_used TEXT NOT NULL,
                    PRIMARY KEY (bot_name, time_ns)
                );
                """)
        }
        return migrator
    }
}
