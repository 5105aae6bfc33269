package com.profitsentinel.server.http;

import com.profitsentinel.app.idempotency.IdempotencyKeys;
import com.profitsentinel.app.idempotency.StoredAnswer;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on the creating POSTs of {@code /api/v1} (api.md §1.5): the first successful answer is kept
 * 24 hours per caller and key; a repeat with the same request gets it again (with {@code Idempotent-Replayed: true}),
 * a different request under the same key gets 422 {@code IDEMPOTENCY_KEY_REUSED}. JSON bodies only: a multipart body
 * is an upload streamed by its route and is never read here. Two first requests racing with one key both run.
 */
public final class Idempotency {
    static final Duration KEPT = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final IdempotencyKeys keys;
    private final Function<Context, String> callerScope;
    private final Clock clock;

    /** @param callerScope who calls (org, user, API key), resolved by the route's own authentication */
    public Idempotency(IdempotencyKeys keys, Function<Context, String> callerScope, Clock clock) {
        this.keys = keys;
        this.callerScope = callerScope;
        this.clock = clock;
    }

    /** The route's handler, idempotent when it creates something under {@code /api/v1}. */
    public Handler handler(Route route) {
        if (!route.method().equals("POST") || !route.path().startsWith("/api/v1/")) {
            return route.handler();
        }
        Handler handler = route.handler();
        return context -> handle(context, handler);
    }

    private void handle(Context context, Handler handler) throws Exception {
        String key = Optional.ofNullable(context.header("Idempotency-Key"))
                .orElse("")
                .strip();
        String type = Optional.ofNullable(context.contentType()).orElse("");
        if (key.isEmpty() || !type.startsWith("application/json")) {
            handler.handle(context);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            throw Responses.invalidField(
                    "Idempotency-Key", "invalid_value", "Idempotency-Key must be 1-255 visible ASCII characters.");
        }
        String scope = callerScope.apply(context);
        String fingerprint = fingerprint(context);
        Instant now = clock.instant();
        Optional<StoredAnswer> first = keys.find(scope, key, now.minus(KEPT));
        if (first.isPresent()) {
            if (!first.get().fingerprint().equals(fingerprint)) {
                throw new ProfitSentinelException(
                        ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was used for a different request in the last 24 hours.");
            }
            context.status(first.get().status());
            context.header("Idempotent-Replayed", "true");
            context.contentType(first.get().contentType());
            context.result(first.get().body().getBytes(StandardCharsets.UTF_8));
            return;
        }
        handler.handle(context);
        int status = context.statusCode();
        InputStream result = context.resultInputStream();
        if (status < 200 || status >= 300 || result == null) {
            return;
        }
        byte[] body = result.readAllBytes();
        context.result(body);
        keys.save(
                scope,
                key,
                new StoredAnswer(
                        fingerprint,
                        status,
                        Optional.ofNullable(context.res().getContentType()).orElse("application/json"),
                        new String(body, StandardCharsets.UTF_8),
                        now));
    }

    private static String fingerprint(Context context) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((context.method().name() + " " + context.path() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(context.bodyAsBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
