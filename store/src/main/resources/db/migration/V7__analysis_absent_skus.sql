-- Profit Sentinel schema, version 7: the SKUs of a store's open findings that an analysis's upload did not contain
-- (workflows.md §9: a finding whose SKU is absent from the newer upload is "missing from upload", not resolved).
-- Written with the analysis, deleted with it (no cascade, as findings: see V5). Portable SQL only (see V1).

CREATE TABLE analysis_absent_skus (
    analysis_id VARCHAR(36)   NOT NULL,
    org_id      VARCHAR(36)   NOT NULL,
    sku         VARCHAR(1000) NOT NULL,
    CONSTRAINT analysis_absent_skus_pk PRIMARY KEY (analysis_id, sku)
);
