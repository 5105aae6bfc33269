-- Profit Sentinel schema, version 4: API keys (api.md §5.15). Only the SHA-256 of a secret is stored; key_id is
-- key_ + its first 12 hex characters. Scopes are one space-separated text.

CREATE TABLE api_keys (
    key_id       VARCHAR(16)              NOT NULL,
    org_id       VARCHAR(36)              NOT NULL,
    created_by   VARCHAR(36)              NOT NULL,
    name         VARCHAR(100)             NOT NULL,
    prefix       VARCHAR(8)               NOT NULL,
    last4        VARCHAR(4)               NOT NULL,
    scopes       VARCHAR(1000)            NOT NULL,
    secret_hash  VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_keys_pk PRIMARY KEY (key_id),
    CONSTRAINT api_keys_hash_uq UNIQUE (secret_hash),
    CONSTRAINT api_keys_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id)
);

CREATE INDEX api_keys_org ON api_keys (org_id, created_at);
