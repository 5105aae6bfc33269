package com.profitsentinel.server;

import com.profitsentinel.store.Database;

/** The server's services over a real database, as {@code ./sentinel serve} wires them. */
final class ServicesOf {
    private ServicesOf() {}

    static Services database(Database database) {
        return new Services(
                database.directory(),
                database.uploads(),
                database.analyses(),
                database.rateEvents(),
                database.auditLog(),
                database.kind(),
                database::ping);
    }
}
