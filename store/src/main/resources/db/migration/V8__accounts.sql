-- Profit Sentinel schema, version 8: local accounts of production mode (operations.md §9.2).
--
-- passwords holds the Argon2id PHC string of users who sign in with a password; sessions the server-side records of
-- the ps_auth cookie, found by the SHA-256 of its random value (the value is never stored). Portable SQL only (V1).

CREATE TABLE passwords (
    user_id    VARCHAR(36)              NOT NULL,
    hash       VARCHAR(200)             NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT passwords_pk PRIMARY KEY (user_id),
    CONSTRAINT passwords_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE sessions (
    id_hash      VARCHAR(64)              NOT NULL,
    user_id      VARCHAR(36)              NOT NULL,
    org_id       VARCHAR(36)              NOT NULL,
    csrf_token   VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sessions_pk PRIMARY KEY (id_hash),
    CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_last_seen_idx ON sessions (last_seen_at);
