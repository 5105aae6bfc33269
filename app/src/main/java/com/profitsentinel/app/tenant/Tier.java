package com.profitsentinel.app.tenant;

/** The plans of operations.md §11. Chosen by platform admins (or billing), never by a client. */
public enum Tier {
    FREE,
    PRO,
    ENTERPRISE;

    /** The lower-case name the API and the configuration use. */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
