package com.profitsentinel.server.auth;

import java.util.Optional;

/**
 * The scope an API key needs for a route (api.md §5: the scope is given per group of routes), or empty when keys may
 * not call the route at all (key management, the audit log, anything unlisted).
 */
final class ApiScopes {
    private ApiScopes() {}

    static Optional<String> required(String method, String route) {
        boolean reading = method.equals("GET");
        if (route.startsWith("/api/v1/analyses")
                || route.startsWith("/api/v1/uploads")
                || route.startsWith("/uploads/")
                || route.startsWith("/analysis/")) {
            return Optional.of(reading ? "analyses:read" : "analyses:write");
        }
        if (route.startsWith("/api/v1/stores")
                || route.equals("/api/v1/org")
                || route.startsWith("/api/v1/members")
                || route.startsWith("/api/v1/regions")) {
            return Optional.of(reading ? "stores:read" : "stores:write");
        }
        if (route.equals("/api/v1/dashboard")) {
            return Optional.of("findings:read");
        }
        if (route.startsWith("/api/v1/findings")
                || route.startsWith("/api/v1/finding-groups")
                || route.startsWith("/api/v1/explain")) {
            // explain's POST .../why only reads
            return Optional.of(reading || route.startsWith("/api/v1/explain") ? "findings:read" : "findings:write");
        }
        if (route.startsWith("/api/v1/digest")) {
            return Optional.of("digest:read");
        }
        if (route.startsWith("/api/v1/config")) {
            return Optional.of(reading ? "config:read" : "config:write");
        }
        if (route.equals("/api/v1/me")) {
            return Optional.of("analyses:read");
        }
        return Optional.empty();
    }
}
