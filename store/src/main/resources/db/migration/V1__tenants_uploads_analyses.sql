-- Profit Sentinel schema, version 1: tenants, uploads and stored analyses.
--
-- One migration set for both databases: PostgreSQL 14+ and H2 2.x in PostgreSQL mode with DATABASE_TO_LOWER=TRUE
-- (docs/decisions/0011-persistence.md). Only portable SQL: VARCHAR, BIGINT, BOOLEAN, DATE, NUMERIC and
-- TIMESTAMP WITH TIME ZONE; no partial or expression indexes, no ON CONFLICT. The one difference is the placeholder
-- ${document_type}: BYTEA on PostgreSQL, BINARY LARGE OBJECT on H2. H2 keeps VARBINARY (and BYTEA) values in the row,
-- and rows of a few MB break its MVStore pages ("Reading from file ... failed" on read, H2 2.5.252); its large objects
-- live in separate LOB storage. (PostgreSQL mode does not accept the short name BLOB.)
--
-- Ids are UUIDv7 text (api.md §1.3). Instants are TIMESTAMP WITH TIME ZONE, written in UTC with microsecond precision.
-- Enum values are stored as their lower-case names. Money is NUMERIC(14,2). Every tenant table has org_id NOT NULL with
-- an index whose first column is org_id (operations.md §10.2).

CREATE TABLE orgs (
    id         VARCHAR(36)              NOT NULL,
    name       VARCHAR(200)             NOT NULL,
    tier       VARCHAR(32)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT orgs_pk PRIMARY KEY (id)
);

CREATE TABLE users (
    id             VARCHAR(36)              NOT NULL,
    email          VARCHAR(320)             NOT NULL,
    -- the address trimmed and lower-cased: the unique lookup key (no expression indexes on H2)
    email_key      VARCHAR(320)             NOT NULL,
    name           VARCHAR(200)             NOT NULL,
    platform_admin BOOLEAN                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_pk PRIMARY KEY (id),
    CONSTRAINT users_email_key_uq UNIQUE (email_key)
);

CREATE TABLE memberships (
    org_id     VARCHAR(36)              NOT NULL,
    user_id    VARCHAR(36)              NOT NULL,
    role       VARCHAR(32)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the primary key's index starts with org_id
    CONSTRAINT memberships_pk PRIMARY KEY (org_id, user_id),
    CONSTRAINT memberships_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id),
    CONSTRAINT memberships_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

CREATE TABLE stores (
    id         VARCHAR(36)              NOT NULL,
    org_id     VARCHAR(36)              NOT NULL,
    name       VARCHAR(200)             NOT NULL,
    timezone   VARCHAR(64)              NOT NULL,
    active     BOOLEAN                  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stores_pk PRIMARY KEY (id),
    -- the target of the (org_id, store_id) foreign keys below, so a row can never point at another org's store; its
    -- index starts with org_id
    CONSTRAINT stores_org_id_uq UNIQUE (org_id, id),
    CONSTRAINT stores_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id)
);

CREATE TABLE uploads (
    id            VARCHAR(36)              NOT NULL,
    org_id        VARCHAR(36)              NOT NULL,
    store_id      VARCHAR(36)              NOT NULL,
    user_id       VARCHAR(36)              NOT NULL,
    upload_key    VARCHAR(1024)            NOT NULL,
    filename      VARCHAR(1024)            NOT NULL,
    safe_filename VARCHAR(1024)            NOT NULL,
    size_bytes    BIGINT                   NOT NULL,
    sha256        VARCHAR(64)              NOT NULL,
    status        VARCHAR(32)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    retain_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uploads_pk PRIMARY KEY (id),
    CONSTRAINT uploads_key_uq UNIQUE (upload_key),
    CONSTRAINT uploads_store_fk FOREIGN KEY (org_id, store_id) REFERENCES stores (org_id, id),
    CONSTRAINT uploads_size_ck CHECK (size_bytes >= 0)
);
CREATE INDEX uploads_org_store_idx ON uploads (org_id, store_id);
CREATE INDEX uploads_retain_until_idx ON uploads (retain_until);

CREATE TABLE analyses (
    id                    VARCHAR(36)              NOT NULL,
    org_id                VARCHAR(36)              NOT NULL,
    store_id              VARCHAR(36)              NOT NULL,
    label                 VARCHAR(200)             NOT NULL,
    original_filename     VARCHAR(1024)            NOT NULL,
    status                VARCHAR(32)              NOT NULL,
    as_of                 DATE                     NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(64)              NOT NULL,
    engine                VARCHAR(64)              NOT NULL,
    engine_version        VARCHAR(64)              NOT NULL,
    row_count             BIGINT                   NOT NULL,
    finding_count         BIGINT                   NOT NULL,
    annual_profit_at_risk NUMERIC(14, 2)           NOT NULL,
    CONSTRAINT analyses_pk PRIMARY KEY (id),
    CONSTRAINT analyses_store_fk FOREIGN KEY (org_id, store_id) REFERENCES stores (org_id, id)
);
-- lists: newest first within an org, or within an org's stores
CREATE INDEX analyses_org_created_idx ON analyses (org_id, created_at);
CREATE INDEX analyses_org_store_created_idx ON analyses (org_id, store_id, created_at);

-- The two result documents of an analysis (UTF-8 JSON, GZIP-compressed), apart from the row so that lists never read
-- them. *_bytes is the uncompressed length.
CREATE TABLE analysis_documents (
    analysis_id  VARCHAR(36)      NOT NULL,
    org_id       VARCHAR(36)      NOT NULL,
    result_gzip  ${document_type} NOT NULL,
    result_bytes BIGINT           NOT NULL,
    legacy_gzip  ${document_type} NOT NULL,
    legacy_bytes BIGINT           NOT NULL,
    CONSTRAINT analysis_documents_pk PRIMARY KEY (analysis_id),
    CONSTRAINT analysis_documents_analysis_fk FOREIGN KEY (analysis_id) REFERENCES analyses (id) ON DELETE CASCADE
);
CREATE INDEX analysis_documents_org_idx ON analysis_documents (org_id);
