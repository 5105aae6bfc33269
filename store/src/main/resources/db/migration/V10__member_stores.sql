-- Profit Sentinel schema, version 10: the stores a member's role is limited to (operations.md §10.1: regional and store
-- managers, and viewers, work in their assigned stores). No rows: the whole org. Owners and org admins always see the
-- whole org. Portable SQL only (see V1).

CREATE TABLE member_stores (
    org_id   VARCHAR(36) NOT NULL,
    user_id  VARCHAR(36) NOT NULL,
    store_id VARCHAR(36) NOT NULL,
    CONSTRAINT member_stores_pk PRIMARY KEY (org_id, user_id, store_id),
    CONSTRAINT member_stores_membership_fk FOREIGN KEY (org_id, user_id) REFERENCES memberships (org_id, user_id)
        ON DELETE CASCADE,
    CONSTRAINT member_stores_store_fk FOREIGN KEY (org_id, store_id) REFERENCES stores (org_id, id)
);
