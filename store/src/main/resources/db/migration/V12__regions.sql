-- Profit Sentinel schema, version 12: regions of an org (api.md §5.14). A store belongs to at most one region; a
-- member's role may be limited to regions (their stores, at the time of each request) besides single stores.
-- Portable SQL only (see V1).

CREATE TABLE regions (
    id         VARCHAR(36)              NOT NULL,
    org_id     VARCHAR(36)              NOT NULL,
    name       VARCHAR(200)             NOT NULL,
    -- the name trimmed and lower-cased: unique per org (no expression indexes on H2)
    name_key   VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT regions_pk PRIMARY KEY (id),
    CONSTRAINT regions_org_id_uq UNIQUE (org_id, id),
    CONSTRAINT regions_name_uq UNIQUE (org_id, name_key),
    CONSTRAINT regions_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id)
);

ALTER TABLE stores ADD COLUMN region_id VARCHAR(36);
ALTER TABLE stores ADD CONSTRAINT stores_region_fk FOREIGN KEY (org_id, region_id) REFERENCES regions (org_id, id);

CREATE TABLE member_regions (
    org_id    VARCHAR(36) NOT NULL,
    user_id   VARCHAR(36) NOT NULL,
    region_id VARCHAR(36) NOT NULL,
    CONSTRAINT member_regions_pk PRIMARY KEY (org_id, user_id, region_id),
    CONSTRAINT member_regions_membership_fk FOREIGN KEY (org_id, user_id) REFERENCES memberships (org_id, user_id)
        ON DELETE CASCADE,
    CONSTRAINT member_regions_region_fk FOREIGN KEY (org_id, region_id) REFERENCES regions (org_id, id)
);
