package com.profitsentinel.server.apikeys;

import com.profitsentinel.app.apikey.ApiKey;
import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Tier;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.audit.Audit;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.JsonBodies;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import com.profitsentinel.server.limits.Plan;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/api-keys} (api.md §5.15): org admins of a pro or enterprise org create, list and revoke keys; keys
 * never manage keys. The secret is shown once, at creation; only its SHA-256 is kept. A {@code tier} (or any other
 * unknown) field is refused: the tier comes from the org's plan.
 */
public final class ApiKeyRoutes {
    private static final String ADMIN = "org_admin and above, signed in (never with an API key); plan pro or higher";

    private final Services services;
    private final Callers callers;
    private final Audit audit;
    private final boolean tiersEnforced;
    private final Clock clock;

    public ApiKeyRoutes(Services services, Callers callers, Audit audit, boolean tiersEnforced, Clock clock) {
        this.services = services;
        this.callers = callers;
        this.audit = audit;
        this.tiersEnforced = tiersEnforced;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                new Route(
                        "POST",
                        "/api/v1/api-keys",
                        "createApiKey",
                        "Create an API key ({name, scopes, expires_at?, test?}); the secret is shown once",
                        "v1",
                        ADMIN,
                        Route.Body.JSON,
                        201,
                        Optional.of("CreatedApiKey"),
                        List.of(400, 403, 422),
                        this::create),
                Route.get(
                        "/api/v1/api-keys",
                        "listApiKeys",
                        "The org's API keys, revoked ones flagged",
                        "v1",
                        ADMIN,
                        "ApiKeyList",
                        List.of(403),
                        this::list),
                new Route(
                        "DELETE",
                        "/api/v1/api-keys/{key_id}",
                        "revokeApiKey",
                        "Revoke an API key, effective immediately",
                        "v1",
                        ADMIN,
                        Route.Body.NONE,
                        200,
                        Optional.of("Message"),
                        List.of(403, 404),
                        this::revoke));
    }

    private Caller admin(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.ORG_ADMIN);
        Tier tier = caller.organization().tier();
        if (tiersEnforced && tier == Tier.FREE) {
            Map<String, Object> details = new LinkedHashMap<>();
            Plan.of(tier).upgradeUrl().ifPresent(url -> details.put("upgrade_url", url));
            throw new ProfitSentinelException(
                    ErrorCode.TIER_REQUIRED, "API keys come with the pro and enterprise plans.", details);
        }
        return caller;
    }

    private void create(Context context) {
        Caller caller = admin(context);
        Map<String, Object> body = JsonBodies.object(context, List.of("name", "scopes", "expires_at", "test"));
        String name = body.getOrDefault("name", "Default") instanceof String text ? text.strip() : "";
        if (name.isEmpty() || name.length() > 100) {
            throw Responses.invalidField("name", "out_of_range", "name must be a text of 1-100 characters.");
        }
        Set<String> scopes = new LinkedHashSet<>();
        if (body.get("scopes") instanceof List<?> list) {
            for (Object scope : list) {
                if (!(scope instanceof String text) || !ApiKey.SCOPES.contains(text)) {
                    throw Responses.invalidField(
                            "scopes", "invalid_value", "scopes must be a non-empty list of " + ApiKey.SCOPES + ".");
                }
                scopes.add(text);
            }
        }
        if (scopes.isEmpty()) {
            throw Responses.invalidField(
                    "scopes", "invalid_value", "scopes must be a non-empty list of " + ApiKey.SCOPES + ".");
        }
        Optional<Instant> expires = Optional.empty();
        if (body.get("expires_at") instanceof String text) {
            try {
                expires = Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e) {
                throw Responses.invalidField(
                        "expires_at",
                        "invalid_value",
                        "expires_at must be an ISO-8601 instant such as 2027-01-31T00:00:00Z.");
            }
        }
        String prefix = Boolean.TRUE.equals(body.get("test")) ? "ps_test_" : "ps_live_";
        String secret = prefix + Ids.randomHex(24);
        ApiKey key = new ApiKey(
                ApiKey.idOf(secret),
                caller.organization().id(),
                caller.user().id(),
                name,
                prefix,
                secret.substring(secret.length() - 4),
                scopes,
                clock.instant(),
                expires,
                Optional.empty(),
                Optional.empty());
        services.apiKeys().insert(key, ApiKey.hash(secret));
        audit.record(caller, context, "apikey.created", "api_key", key.keyId(), "", "");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("key", secret);
        answer.put("record", describe(key));
        Responses.json(context, 201, answer);
    }

    private void list(Context context) {
        Caller caller = admin(context);
        List<Map<String, Object>> items = new ArrayList<>();
        for (ApiKey key : services.apiKeys().list(caller.tenant())) {
            items.add(describe(key));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", items);
        answer.put("total", items.size());
        Responses.json(context, 200, answer);
    }

    private void revoke(Context context) {
        Caller caller = admin(context);
        String keyId = Responses.path(context, "key_id");
        if (!services.apiKeys().revoke(caller.tenant(), keyId, clock.instant())) {
            throw new ProfitSentinelException(ErrorCode.NOT_FOUND, "API key '" + keyId + "' not found.");
        }
        audit.record(caller, context, "apikey.revoked", "api_key", keyId, "", "");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("message", "API key revoked");
        answer.put("key_id", keyId);
        Responses.json(context, 200, answer);
    }

    /** The ApiKey object of api.md §5.15 (never the secret). */
    static Map<String, Object> describe(ApiKey key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key_id", key.keyId());
        json.put("name", key.name());
        json.put("prefix", key.prefix());
        json.put("last4", key.last4());
        json.put("scopes", key.scopes().stream().sorted().toList());
        json.put("store_ids", List.of());
        json.put("created_by", key.createdBy());
        json.put("created_at", key.createdAt().toString());
        json.put("expires_at", key.expiresAt().map(Instant::toString).orElse(null));
        json.put("last_used_at", key.lastUsedAt().map(Instant::toString).orElse(null));
        json.put("revoked_at", key.revokedAt().map(Instant::toString).orElse(null));
        json.put("is_test", key.isTest());
        return json;
    }
}
