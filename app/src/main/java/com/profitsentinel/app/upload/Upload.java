package com.profitsentinel.app.upload;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * An uploaded file's record. Ownership (org, user, store) is checked against this record, never by parsing {@code key}
 * (api.md §8). The file itself lives in upload storage under {@code id}; the record outlives it for the audit.
 *
 * @param retainUntil the file is deleted at the latest at this instant (operations.md §12)
 */
public record Upload(
        String id,
        String orgId,
        String userId,
        String storeId,
        String key,
        String filename,
        String safeFilename,
        long sizeBytes,
        String sha256,
        UploadStatus status,
        Instant createdAt,
        Instant retainUntil,
        Optional<Instant> deletedAt) {
    public Upload {
        requireNonNull(id, "id is null");
        requireNonNull(orgId, "orgId is null");
        requireNonNull(userId, "userId is null");
        requireNonNull(storeId, "storeId is null");
        requireNonNull(key, "key is null");
        requireNonNull(filename, "filename is null");
        requireNonNull(safeFilename, "safeFilename is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(status, "status is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(retainUntil, "retainUntil is null");
        requireNonNull(deletedAt, "deletedAt is null");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes is negative: " + sizeBytes);
        }
    }

    /** The same record with the file received. */
    public Upload received(long size, String hash) {
        return new Upload(
                id,
                orgId,
                userId,
                storeId,
                key,
                filename,
                safeFilename,
                size,
                hash,
                UploadStatus.RECEIVED,
                createdAt,
                retainUntil,
                deletedAt);
    }
}
