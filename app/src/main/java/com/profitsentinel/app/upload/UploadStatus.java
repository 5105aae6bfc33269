package com.profitsentinel.app.upload;

/** Life of an uploaded file (api.md §5.2): expected (presigned, no bytes yet), received, analyzed, deleted. */
public enum UploadStatus {
    EXPECTED,
    RECEIVED,
    ANALYZED,
    DELETED
}
