-- Profit Sentinel schema, version 6: per-store configuration (api.md §5.12).
--
-- store_configs holds one saved version per store (absent: the defaults); store_config_overrides the threshold
-- overrides of engine.md §6.1: scope 'store' (subject ''), 'category' (subject = category or department) and 'vendor'
-- (subject = vendor, parameter lead_time_days). Portable SQL only (see V1).

CREATE TABLE store_configs (
    org_id                  VARCHAR(36)              NOT NULL,
    store_id                VARCHAR(36)              NOT NULL,
    version                 BIGINT                   NOT NULL,
    preset                  VARCHAR(32)              NOT NULL,
    timezone                VARCHAR(64)              NOT NULL,
    fiscal_year_start_month INTEGER                  NOT NULL,
    cost_basis              VARCHAR(16)              NOT NULL,
    locale                  VARCHAR(35)              NOT NULL,
    clearance_discount      DOUBLE PRECISION         NOT NULL,
    target_cover_days       INTEGER                  NOT NULL,
    stale_after_days        INTEGER                  NOT NULL,
    gmroi_benchmark         DOUBLE PRECISION         NOT NULL,
    transfer_cost           DOUBLE PRECISION         NOT NULL,
    reactivation_threshold  DOUBLE PRECISION         NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(36)              NOT NULL,
    CONSTRAINT store_configs_pk PRIMARY KEY (org_id, store_id),
    CONSTRAINT store_configs_store_fk FOREIGN KEY (org_id, store_id) REFERENCES stores (org_id, id)
);

CREATE TABLE store_config_overrides (
    org_id    VARCHAR(36)      NOT NULL,
    store_id  VARCHAR(36)      NOT NULL,
    scope     VARCHAR(16)      NOT NULL,
    subject   VARCHAR(200)     NOT NULL,
    parameter VARCHAR(64)      NOT NULL,
    amount    DOUBLE PRECISION NOT NULL,
    CONSTRAINT store_config_overrides_pk PRIMARY KEY (org_id, store_id, scope, subject, parameter),
    CONSTRAINT store_config_overrides_config_fk FOREIGN KEY (org_id, store_id)
        REFERENCES store_configs (org_id, store_id) ON DELETE CASCADE
);
