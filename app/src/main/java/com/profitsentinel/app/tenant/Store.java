package com.profitsentinel.app.tenant;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;

/** One store of an org. {@code timezone} is an IANA name (api.md §1.2, default America/New_York). */
public record Store(
        String id,
        String orgId,
        String name,
        String timezone,
        boolean active,
        Instant createdAt,
        java.util.Optional<String> regionId) {
    public static final String DEFAULT_TIMEZONE = "America/New_York";

    public Store {
        requireNonNull(id, "id is null");
        requireNonNull(orgId, "orgId is null");
        requireNonNull(name, "name is null");
        requireNonNull(timezone, "timezone is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(regionId, "regionId is null");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("store name must be 1-200 characters: \"" + name + "\"");
        }
        ZoneId.of(timezone);
    }
}
