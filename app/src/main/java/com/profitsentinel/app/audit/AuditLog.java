package com.profitsentinel.app.audit;

import com.profitsentinel.app.history.Page;
import com.profitsentinel.app.tenant.Tenant;
import java.util.Optional;

/** The append-only audit log (operations.md §8). Appends are serialized so the hash chain has one order. */
public interface AuditLog {
    /** A stored event: its place in the chain, the entry, and the hashes. */
    record Event(long sequence, AuditEntry entry, String previousHash, String hash) {}

    /** Appends an entry after the current head of the chain; returns the stored event. */
    Event append(AuditEntry entry);

    /** The tenant's org's events, newest first. */
    Page<Event> list(Tenant tenant, int page, int pageSize);

    /**
     * Walks the whole chain from the first event and recomputes every hash: the sequence of the first event whose hash
     * or link does not match, or empty when the chain is intact.
     */
    Optional<Long> firstBroken();
}
