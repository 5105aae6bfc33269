package com.profitsentinel.server.stores;

import com.profitsentinel.app.tenant.Directory;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.auth.Caller;

/** The one way routes find a store named in a request: in the caller's scope, else 404 like a missing one. */
public final class Stores {
    private Stores() {}

    /** The store, or 404 {@code NOT_FOUND} when it is unknown, another org's or outside the caller's scope. */
    public static Store inScope(Directory directory, Caller caller, String storeId) {
        return directory
                .store(caller.tenant(), storeId)
                .orElseThrow(
                        () -> new ProfitSentinelException(ErrorCode.NOT_FOUND, "Store '" + storeId + "' not found."));
    }
}
