-- Blind stance ratings (issue 22, part 3): rounds in which several members rate stakeholders' stances independently.

CREATE TABLE rating_round (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    coalition_id      BIGINT        NOT NULL REFERENCES coalition (id),
    opened_by_id      BIGINT        NOT NULL REFERENCES person (id),
    opened_at         TIMESTAMP     NOT NULL,
    closed_at         TIMESTAMP,
    closed_by         VARCHAR(100),
    rater_count       INTEGER       NOT NULL,
    stakeholder_count INTEGER       NOT NULL
);
-- the coalition's list, newest first
CREATE INDEX ix_rating_round_coalition ON rating_round (coalition_id, opened_at);
CREATE INDEX ix_rating_round_opened_by ON rating_round (opened_by_id);

-- who was asked to rate: the members and sponsors at the opening
CREATE TABLE rating_round_rater (
    round_id  BIGINT NOT NULL REFERENCES rating_round (id),
    person_id BIGINT NOT NULL REFERENCES person (id),
    PRIMARY KEY (round_id, person_id)
);
CREATE INDEX ix_rating_round_rater_person ON rating_round_rater (person_id);

-- the stakeholders of a round and, after the close, their outcome (verdict AGREED or ASSUMED, i.e. flagged)
CREATE TABLE rated_stakeholder (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    round_id        BIGINT       NOT NULL REFERENCES rating_round (id),
    stakeholder_id  BIGINT       NOT NULL REFERENCES stakeholder (id),
    ratings         INTEGER      NOT NULL,
    recorded_stance VARCHAR(20),
    lowest          VARCHAR(20),
    highest         VARCHAR(20),
    median_low      VARCHAR(20),
    median_high     VARCHAR(20),
    verdict         VARCHAR(10),
    closed_on       DATE,
    CONSTRAINT uq_rated_stakeholder UNIQUE (round_id, stakeholder_id)
);
-- the health facts: a stakeholder's latest closed round
CREATE INDEX ix_rated_stakeholder_stakeholder ON rated_stakeholder (stakeholder_id, closed_on);

-- one rating per round, stakeholder and rater
CREATE TABLE rating (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    round_id       BIGINT       NOT NULL REFERENCES rating_round (id),
    stakeholder_id BIGINT       NOT NULL REFERENCES stakeholder (id),
    rater_id       BIGINT       NOT NULL REFERENCES person (id),
    stance         VARCHAR(20)  NOT NULL,
    rated_at       TIMESTAMP    NOT NULL,
    CONSTRAINT uq_rating UNIQUE (round_id, stakeholder_id, rater_id)
);
CREATE INDEX ix_rating_stakeholder ON rating (stakeholder_id);
CREATE INDEX ix_rating_rater ON rating (rater_id);
