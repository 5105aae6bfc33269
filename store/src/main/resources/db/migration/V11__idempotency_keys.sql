-- Profit Sentinel schema, version 11: first answers of creating requests sent with an Idempotency-Key (api.md §1.5),
-- kept 24 hours. scope names the caller (org, user, API key). Portable SQL only (see V1).

CREATE TABLE idempotency_keys (
    scope        VARCHAR(200)             NOT NULL,
    idem_key     VARCHAR(255)             NOT NULL,
    fingerprint  VARCHAR(64)              NOT NULL,
    status       INTEGER                  NOT NULL,
    content_type VARCHAR(200)             NOT NULL,
    body         VARCHAR(1000000)         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_keys_pk PRIMARY KEY (scope, idem_key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
