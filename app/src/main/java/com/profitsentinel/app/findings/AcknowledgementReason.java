package com.profitsentinel.app.findings;

import java.util.Locale;
import java.util.Optional;

/** Why a finding was acknowledged (api.md §5.4). */
public enum AcknowledgementReason {
    EXPECTED,
    FIXED,
    NOT_AN_ISSUE,
    WILL_MONITOR,
    OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AcknowledgementReason> byId(String id) {
        for (AcknowledgementReason reason : values()) {
            if (reason.id().equals(id)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
