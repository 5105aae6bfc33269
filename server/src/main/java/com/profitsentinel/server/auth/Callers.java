package com.profitsentinel.server.auth;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Resolves the caller of a request. Dev mode (operations.md §9.1): the local user, for loopback peers only unless
 * remote access was explicitly allowed.
 */
public final class Callers {
    private final Caller local;
    private final boolean allowRemote;

    public Callers(Caller local, boolean allowRemote) {
        this.local = local;
        this.allowRemote = allowRemote;
    }

    public Caller of(Context context) {
        if (!allowRemote && !loopback(context.req().getRemoteAddr())) {
            throw new ProfitSentinelException(
                    ErrorCode.DEV_MODE_REMOTE_DENIED,
                    "This server runs in dev mode and answers only requests from this machine.");
        }
        return local;
    }

    static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
