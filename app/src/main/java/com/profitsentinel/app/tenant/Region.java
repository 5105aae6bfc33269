package com.profitsentinel.app.tenant;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A region of an org: a group of its stores that a regional manager may be limited to. */
public record Region(String id, String orgId, String name, Instant createdAt) {
    public Region {
        requireNonNull(id, "id is null");
        requireNonNull(orgId, "orgId is null");
        requireNonNull(name, "name is null");
        requireNonNull(createdAt, "createdAt is null");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("region name must be 1-200 characters: \"" + name + "\"");
        }
    }
}
