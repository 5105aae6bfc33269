-- Profit Sentinel schema, version 2: the counted events of the rate-limit budgets (api.md §3). Sliding windows of one
-- hour and one day are counted from these rows, so limits hold across server instances; rows older than 25 hours are
-- pruned. The subject is an org id, a user id, an API key id or a hashed client address, depending on the budget.

CREATE TABLE rate_events (
    id      VARCHAR(36)              NOT NULL,
    budget  VARCHAR(40)              NOT NULL,
    subject VARCHAR(100)             NOT NULL,
    at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rate_events_pk PRIMARY KEY (id)
);

CREATE INDEX rate_events_window ON rate_events (budget, subject, at);
CREATE INDEX rate_events_age ON rate_events (at);
