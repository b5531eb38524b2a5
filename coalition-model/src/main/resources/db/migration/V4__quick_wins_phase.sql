ALTER TABLE coalition ADD COLUMN trust_warning_confirmed_at TIMESTAMP;

CREATE TABLE quick_win (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    coalition_id     BIGINT        NOT NULL REFERENCES coalition (id),
    title            VARCHAR(150)  NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    success_criteria VARCHAR(1000),
    due_on           DATE,
    status           VARCHAR(20)   NOT NULL,
    outcome          VARCHAR(2000),
    completed_on     DATE
);
CREATE INDEX ix_quick_win_coalition ON quick_win (coalition_id);

CREATE TABLE quick_win_stakeholder (
    quick_win_id   BIGINT NOT NULL REFERENCES quick_win (id),
    stakeholder_id BIGINT NOT NULL REFERENCES stakeholder (id),
    PRIMARY KEY (quick_win_id, stakeholder_id)
);

CREATE TABLE quick_win_member (
    quick_win_id BIGINT NOT NULL REFERENCES quick_win (id),
    person_id    BIGINT NOT NULL REFERENCES person (id),
    PRIMARY KEY (quick_win_id, person_id)
);
