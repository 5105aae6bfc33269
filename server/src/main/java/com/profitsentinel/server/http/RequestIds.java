package com.profitsentinel.server.http;

import com.profitsentinel.app.id.Ids;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** {@code X-Request-ID} (api.md §1.5): a client's id is kept when it is well-formed, else a new UUIDv7 is used. */
public final class RequestIds {
    public static final String HEADER = "X-Request-ID";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {}

    public static String accept(@Nullable String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : Ids.newId();
    }
}
