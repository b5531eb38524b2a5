-- Coverage check (issue 22, part 4): what members and supportive stakeholders bring to the guiding coalition
-- (Kotter's four qualities), which departments the change touches, and a member's level in the organisation.

-- A member's level in the organisation, as the coalition records it; NULL: an executive counts as EXECUTIVE,
-- anyone else as INDIVIDUAL_CONTRIBUTOR (never more than is known).
ALTER TABLE membership ADD COLUMN level VARCHAR(30);

-- What someone brings: a member (person) or a stakeholder, tagged with one of the four qualities.
CREATE TABLE coverage_tag (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    coalition_id   BIGINT        NOT NULL REFERENCES coalition (id),
    person_id      BIGINT        REFERENCES person (id),
    stakeholder_id BIGINT        REFERENCES stakeholder (id),
    quality        VARCHAR(20)   NOT NULL,
    tagged_by      VARCHAR(100)  NOT NULL,
    tagged_at      TIMESTAMP     NOT NULL,
    CONSTRAINT ck_coverage_tag_one_side CHECK ((person_id IS NULL AND stakeholder_id IS NOT NULL)
                                               OR (person_id IS NOT NULL AND stakeholder_id IS NULL)),
    CONSTRAINT ck_coverage_tag_quality CHECK (quality IN ('POSITION_POWER', 'EXPERTISE', 'CREDIBILITY', 'LEADERSHIP'))
);
CREATE UNIQUE INDEX ux_coverage_tag_person ON coverage_tag (coalition_id, person_id, quality);
CREATE UNIQUE INDEX ux_coverage_tag_stakeholder ON coverage_tag (stakeholder_id, quality);
CREATE INDEX ix_coverage_tag_coalition ON coverage_tag (coalition_id, quality);

-- A department the change touches and the level from which support there is needed. None recorded: every
-- department of the coalition's stakeholders, at director level.
CREATE TABLE touched_department (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    coalition_id  BIGINT        NOT NULL REFERENCES coalition (id),
    department    VARCHAR(100)  NOT NULL,
    needed_level  VARCHAR(30)   NOT NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT uq_touched_department UNIQUE (coalition_id, department)
);
-- the suggestions' and the grid's reads by department
CREATE INDEX ix_stakeholder_coalition_department ON stakeholder (coalition_id, department, level);
