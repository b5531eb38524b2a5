CREATE TABLE difference (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    coalition_id       BIGINT        NOT NULL REFERENCES coalition (id),
    topic              VARCHAR(200)  NOT NULL,
    description        VARCHAR(2000),
    status             VARCHAR(20)   NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    created_by         VARCHAR(200)  NOT NULL,
    last_activity_at   TIMESTAMP     NOT NULL,
    options_considered VARCHAR(4000),
    decision           VARCHAR(2000),
    rationale          VARCHAR(2000),
    dissent            VARCHAR(2000),
    resolved_by        VARCHAR(200),
    resolved_at        TIMESTAMP,
    CONSTRAINT ck_difference_resolution CHECK (status <> 'RESOLVED' OR (decision IS NOT NULL AND rationale IS NOT NULL))
);
CREATE INDEX ix_difference_coalition ON difference (coalition_id, last_activity_at);

CREATE TABLE difference_party (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    difference_id  BIGINT        NOT NULL REFERENCES difference (id),
    stakeholder_id BIGINT        REFERENCES stakeholder (id),
    member_id      BIGINT        REFERENCES person (id),
    position       VARCHAR(1000) NOT NULL,
    interest       VARCHAR(1000),
    CONSTRAINT ck_difference_party_one CHECK ((stakeholder_id IS NOT NULL AND member_id IS NULL)
                                              OR (stakeholder_id IS NULL AND member_id IS NOT NULL))
);
CREATE INDEX ix_difference_party_difference ON difference_party (difference_id);
