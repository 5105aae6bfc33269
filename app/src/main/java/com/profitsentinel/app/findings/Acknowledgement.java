package com.profitsentinel.app.findings;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An acknowledgement of a finding ID: by whom, when, why, and until when (a snooze).
 *
 * @param impactAtAcknowledgement the finding's annual profit at risk when it was acknowledged (for reactivation)
 */
public record Acknowledgement(
        String byUserId,
        String byName,
        Instant at,
        AcknowledgementReason reason,
        Optional<String> note,
        Optional<LocalDate> until,
        BigDecimal impactAtAcknowledgement) {
    public static final int MAX_NOTE_LENGTH = 500;

    public Acknowledgement {
        requireNonNull(byUserId, "byUserId is null");
        requireNonNull(byName, "byName is null");
        requireNonNull(at, "at is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(note, "note is null");
        requireNonNull(until, "until is null");
        requireNonNull(impactAtAcknowledgement, "impactAtAcknowledgement is null");
        if (note.isPresent() && note.get().length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("note must be at most " + MAX_NOTE_LENGTH + " characters");
        }
    }
}
