package com.profitsentinel.app.history;

/** api.md §5.1. */
public enum AnalysisStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    PENDING_PERSIST;

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
