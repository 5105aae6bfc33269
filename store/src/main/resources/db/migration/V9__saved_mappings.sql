-- Profit Sentinel schema, version 9: column mappings saved per store and header signature (columns.md §6.8).
-- columns_text holds one "header key<TAB>target" line per column (header keys are lower-case letters and digits).
-- Portable SQL only (see V1).

CREATE TABLE saved_mappings (
    id                 VARCHAR(36)              NOT NULL,
    org_id             VARCHAR(36)              NOT NULL,
    store_id           VARCHAR(36)              NOT NULL,
    header_fingerprint VARCHAR(64)              NOT NULL,
    pos_system         VARCHAR(64)              NOT NULL,
    columns_text       VARCHAR(100000)          NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    used_count         BIGINT                   NOT NULL,
    CONSTRAINT saved_mappings_pk PRIMARY KEY (id),
    CONSTRAINT saved_mappings_signature_uq UNIQUE (org_id, store_id, header_fingerprint),
    CONSTRAINT saved_mappings_store_fk FOREIGN KEY (org_id, store_id) REFERENCES stores (org_id, id)
);
