package com.profitsentinel.app.tenant;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A tenant: the org every tenant row belongs to. */
public record Organization(String id, String name, Tier tier, Instant createdAt) {
    public Organization {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(tier, "tier is null");
        requireNonNull(createdAt, "createdAt is null");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("org name must be 1-200 characters: \"" + name + "\"");
        }
    }
}
