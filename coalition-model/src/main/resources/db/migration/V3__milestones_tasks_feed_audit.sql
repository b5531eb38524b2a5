CREATE TABLE milestone (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    coalition_id     BIGINT        NOT NULL REFERENCES coalition (id),
    title            VARCHAR(150)  NOT NULL,
    description      VARCHAR(2000),
    due_on           DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    proposed_by      VARCHAR(200)  NOT NULL,
    decided_by       VARCHAR(200),
    decided_at       TIMESTAMP,
    decision_comment VARCHAR(1000)
);
CREATE INDEX ix_milestone_coalition ON milestone (coalition_id, due_on);

CREATE TABLE task (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    coalition_id   BIGINT        NOT NULL REFERENCES coalition (id),
    milestone_id   BIGINT        REFERENCES milestone (id),
    title          VARCHAR(150)  NOT NULL,
    assignee_id    BIGINT        NOT NULL REFERENCES person (id),
    due_on         DATE,
    status         VARCHAR(20)   NOT NULL,
    progress_notes VARCHAR(2000)
);
CREATE INDEX ix_task_coalition ON task (coalition_id);
CREATE INDEX ix_task_milestone ON task (milestone_id);
CREATE INDEX ix_task_assignee ON task (assignee_id);

CREATE TABLE feed_post (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    coalition_id BIGINT        NOT NULL REFERENCES coalition (id),
    kind         VARCHAR(20)   NOT NULL,
    posted_at    TIMESTAMP     NOT NULL,
    author       VARCHAR(200)  NOT NULL,
    text         VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_feed_post_coalition ON feed_post (coalition_id, posted_at);

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    coalition_id BIGINT        NOT NULL REFERENCES coalition (id),
    at           TIMESTAMP     NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    subject_type VARCHAR(60),
    subject_id   BIGINT,
    summary      VARCHAR(500),
    old_value    VARCHAR(2000),
    new_value    VARCHAR(2000)
);
CREATE INDEX ix_audit_entry_coalition ON audit_entry (coalition_id, at);
