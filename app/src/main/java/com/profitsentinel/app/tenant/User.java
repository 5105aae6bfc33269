package com.profitsentinel.app.tenant;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A person who signs in (or the implicit local user of dev mode). */
public record User(String id, String email, String name, boolean platformAdmin, Instant createdAt) {
    public User {
        requireNonNull(id, "id is null");
        requireNonNull(email, "email is null");
        requireNonNull(name, "name is null");
        requireNonNull(createdAt, "createdAt is null");
    }
}
