-- Commitments register (issue 22, part 2): promises members make in one-on-ones and syncs, kept or broken.

CREATE TABLE commitment (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    coalition_id      BIGINT        NOT NULL REFERENCES coalition (id),
    promised_by_id    BIGINT        NOT NULL REFERENCES person (id),
    to_stakeholder_id BIGINT        REFERENCES stakeholder (id),
    to_person_id      BIGINT        REFERENCES person (id),
    conversation_id   BIGINT        REFERENCES conversation (id),
    what              VARCHAR(500)  NOT NULL,
    made_on           DATE          NOT NULL,
    due_on            DATE          NOT NULL,
    outcome           VARCHAR(10),
    settled_on        DATE,
    recorded_by       VARCHAR(100)  NOT NULL,
    recorded_at       TIMESTAMP     NOT NULL,
    CONSTRAINT ck_commitment_one_promisee CHECK ((to_stakeholder_id IS NULL AND to_person_id IS NOT NULL)
                                                 OR (to_stakeholder_id IS NOT NULL AND to_person_id IS NULL)),
    CONSTRAINT ck_commitment_settled CHECK ((outcome IS NULL AND settled_on IS NULL)
                                            OR (outcome IN ('KEPT', 'BROKEN') AND settled_on IS NOT NULL)),
    CONSTRAINT ck_commitment_due CHECK (due_on >= made_on)
);
-- the coalition's list (overdue first, by due date) and the health facts' counts
CREATE INDEX ix_commitment_coalition_due ON commitment (coalition_id, outcome, due_on);
CREATE INDEX ix_commitment_to_stakeholder ON commitment (to_stakeholder_id, due_on);
CREATE INDEX ix_commitment_to_person ON commitment (to_person_id);
CREATE INDEX ix_commitment_promised_by ON commitment (promised_by_id, due_on);
CREATE INDEX ix_commitment_conversation ON commitment (conversation_id);
