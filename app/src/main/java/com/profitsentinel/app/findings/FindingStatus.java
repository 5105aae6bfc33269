package com.profitsentinel.app.findings;

import java.util.Locale;
import java.util.Optional;

/** Where a stable finding ID stands across analyses (workflows.md §10). */
public enum FindingStatus {
    ACTIVE,
    ACKNOWLEDGED,
    RESOLVED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FindingStatus> byId(String id) {
        for (FindingStatus status : values()) {
            if (status.id().equals(id)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
