-- Profit Sentinel schema, version 3: the append-only audit log (operations.md §8). Rows are never updated or deleted
-- except by retention. Each row's hash covers its fields and the previous row's hash (a chain); audit_head holds the
-- chain's head in one row, whose update serializes appends (a row lock on both databases).

CREATE TABLE audit_events (
    seq           BIGINT                   NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    org_id        VARCHAR(36),
    actor_type    VARCHAR(16)              NOT NULL,
    actor_id      VARCHAR(100)             NOT NULL,
    actor_display VARCHAR(200)             NOT NULL,
    action        VARCHAR(64)              NOT NULL,
    target_type   VARCHAR(64)              NOT NULL,
    target_id     VARCHAR(200)             NOT NULL,
    outcome       VARCHAR(16)              NOT NULL,
    reason        VARCHAR(1000)            NOT NULL,
    before_value  VARCHAR(10000)           NOT NULL,
    after_value   VARCHAR(10000)           NOT NULL,
    request_id    VARCHAR(64)              NOT NULL,
    prev_hash     VARCHAR(64)              NOT NULL,
    hash          VARCHAR(64)              NOT NULL,
    CONSTRAINT audit_events_pk PRIMARY KEY (seq)
);

CREATE INDEX audit_events_org ON audit_events (org_id, seq);

CREATE TABLE audit_head (
    id        INTEGER     NOT NULL,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT audit_head_pk PRIMARY KEY (id)
);

INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '');
