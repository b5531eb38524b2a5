-- Current vs desired engagement (issue 22, part 1): the engagement assessment matrix's C and D on the stakeholder row
-- (the stakeholder page reads them with the row), and their history.

ALTER TABLE stakeholder ADD COLUMN engagement_current VARCHAR(20);
ALTER TABLE stakeholder ADD COLUMN engagement_desired VARCHAR(20);

CREATE TABLE engagement_change (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    stakeholder_id BIGINT       NOT NULL REFERENCES stakeholder (id),
    from_current   VARCHAR(20),
    to_current     VARCHAR(20),
    from_desired   VARCHAR(20),
    to_desired     VARCHAR(20),
    changed_at     TIMESTAMP    NOT NULL,
    changed_by     VARCHAR(200) NOT NULL
);
-- a stakeholder's history, newest first
CREATE INDEX ix_engagement_change_stakeholder ON engagement_change (stakeholder_id, changed_at);
-- the ranked gaps and the matrix: a coalition's assessed stakeholders
CREATE INDEX ix_stakeholder_engagement ON stakeholder (coalition_id, engagement_desired, engagement_current);
