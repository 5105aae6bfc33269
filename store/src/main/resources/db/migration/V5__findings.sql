-- Profit Sentinel schema, version 5: findings in rows of their own (api.md §5.4, workflows.md §10).
--
-- findings and finding_groups are per-analysis snapshots (deleted with their analysis); finding_states holds one row
-- per stable finding ID of an org: its status, when it was first seen, and its acknowledgement, which survive
-- re-uploads and the deletion of analyses. Portable SQL only (see V1). docs/decisions/0014-findings-in-rows.md.

ALTER TABLE analyses ADD COLUMN preset VARCHAR(32) DEFAULT 'standard' NOT NULL;

CREATE TABLE findings (
    analysis_id           VARCHAR(36)      NOT NULL,
    org_id                VARCHAR(36)      NOT NULL,
    store_id              VARCHAR(36)      NOT NULL,
    finding_id            VARCHAR(16)      NOT NULL,
    group_id              VARCHAR(16)      NOT NULL,
    engine                VARCHAR(64)      NOT NULL,
    leak_type             VARCHAR(64)      NOT NULL,
    severity              VARCHAR(16)      NOT NULL,
    sku                   VARCHAR(1000)    NOT NULL,
    description           VARCHAR(1000)    NOT NULL,
    department            VARCHAR(200),
    category              VARCHAR(200),
    vendor                VARCHAR(200),
    annual_profit_at_risk NUMERIC(14, 2)   NOT NULL,
    -- unrounded, for totals rounded only when written out (engine.md §0)
    annual_profit_at_risk_exact DOUBLE PRECISION NOT NULL,
    capital_tied_up       NUMERIC(14, 2)   NOT NULL,
    confidence            DOUBLE PRECISION NOT NULL,
    priority              DOUBLE PRECISION NOT NULL,
    -- the finding's JSON object (engine.md §4.1 fields)
    document              VARCHAR(1000000) NOT NULL,
    CONSTRAINT findings_pk PRIMARY KEY (analysis_id, finding_id)
);
-- Only the primary key: a snapshot is written once and read by analysis (its key's prefix). Every other index, the
-- one H2 adds for a foreign key included, would cost each of an analysis's thousands of rows; the repository deletes
-- an analysis's findings with it instead of a cascade (docs/decisions/0014).

CREATE TABLE finding_groups (
    analysis_id           VARCHAR(36)      NOT NULL,
    org_id                VARCHAR(36)      NOT NULL,
    store_id              VARCHAR(36)      NOT NULL,
    group_id              VARCHAR(16)      NOT NULL,
    leak_type             VARCHAR(64)      NOT NULL,
    sku_count             BIGINT           NOT NULL,
    -- the highest member severity
    severity              VARCHAR(16)      NOT NULL,
    annual_profit_at_risk NUMERIC(14, 2)   NOT NULL,
    capital_tied_up       NUMERIC(14, 2)   NOT NULL,
    priority              DOUBLE PRECISION NOT NULL,
    document              VARCHAR(1000000) NOT NULL,
    CONSTRAINT finding_groups_pk PRIMARY KEY (analysis_id, group_id),
    CONSTRAINT finding_groups_analysis_fk FOREIGN KEY (analysis_id) REFERENCES analyses (id) ON DELETE CASCADE
);
CREATE INDEX finding_groups_org_group_idx ON finding_groups (org_id, group_id);

CREATE TABLE finding_states (
    org_id             VARCHAR(36)              NOT NULL,
    finding_id         VARCHAR(16)              NOT NULL,
    store_id           VARCHAR(36)              NOT NULL,
    engine             VARCHAR(64)              NOT NULL,
    sku                VARCHAR(1000)            NOT NULL,
    status             VARCHAR(16)              NOT NULL,
    first_seen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the snapshot that shows the finding when the store's latest analysis does not contain it: set when it is first
    -- seen and when it is resolved (the newest analysis that contained it). How often and when it was last seen are
    -- read from the snapshots, so that an analysis writes only the states that change.
    last_analysis_id   VARCHAR(36)              NOT NULL,
    reactivated_reason VARCHAR(32),
    ack_by             VARCHAR(36),
    ack_by_name        VARCHAR(200),
    ack_at             TIMESTAMP WITH TIME ZONE,
    ack_reason         VARCHAR(32),
    ack_note           VARCHAR(500),
    ack_until          DATE,
    ack_impact         NUMERIC(14, 2),
    CONSTRAINT finding_states_pk PRIMARY KEY (org_id, finding_id),
    CONSTRAINT finding_states_store_fk FOREIGN KEY (org_id, store_id) REFERENCES stores (org_id, id)
);
CREATE INDEX finding_states_org_store_idx ON finding_states (org_id, store_id, engine);
