-- Who influences whom, decision makers, and the deciders of a decision (issue 21).

-- Whether (and how) a stakeholder decides: APPROVER, VETO_HOLDER, INFLUENCER; NULL for no decision maker.
ALTER TABLE stakeholder ADD COLUMN decision_role VARCHAR(20);
CREATE INDEX ix_stakeholder_decision_role ON stakeholder (coalition_id, decision_role);

-- Someone has a stakeholder's ear: another stakeholder, or a member of the coalition (a person).
CREATE TABLE influence_link (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    coalition_id        BIGINT        NOT NULL REFERENCES coalition (id),
    from_stakeholder_id BIGINT        REFERENCES stakeholder (id),
    from_person_id      BIGINT        REFERENCES person (id),
    to_stakeholder_id   BIGINT        NOT NULL REFERENCES stakeholder (id),
    strength            INTEGER       NOT NULL CHECK (strength BETWEEN 1 AND 3),
    kind                VARCHAR(30)   NOT NULL,
    note                VARCHAR(1000),
    recorded_by         VARCHAR(100)  NOT NULL,
    recorded_at         TIMESTAMP     NOT NULL,
    CONSTRAINT ck_influence_link_one_side CHECK ((from_stakeholder_id IS NULL AND from_person_id IS NOT NULL)
                                                 OR (from_stakeholder_id IS NOT NULL AND from_person_id IS NULL)),
    CONSTRAINT ck_influence_link_not_self CHECK (from_stakeholder_id IS NULL OR from_stakeholder_id <> to_stakeholder_id)
);
CREATE INDEX ix_influence_link_coalition ON influence_link (coalition_id, id);
CREATE INDEX ix_influence_link_to ON influence_link (to_stakeholder_id);
CREATE INDEX ix_influence_link_from_stakeholder ON influence_link (from_stakeholder_id);
CREATE INDEX ix_influence_link_from_person ON influence_link (from_person_id);

-- The approvers and veto holders a decision (a milestone) needs: "would it pass today?"
CREATE TABLE milestone_decider (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    milestone_id   BIGINT       NOT NULL REFERENCES milestone (id),
    stakeholder_id BIGINT       NOT NULL REFERENCES stakeholder (id),
    CONSTRAINT uq_milestone_decider UNIQUE (milestone_id, stakeholder_id)
);
CREATE INDEX ix_milestone_decider_stakeholder ON milestone_decider (stakeholder_id);
