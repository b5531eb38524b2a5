-- One row per reminder posted: the unique key makes a reminder go out once even when every server of a
-- cluster runs the reminder job.
CREATE TABLE sent_reminder (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    coalition_id  BIGINT       NOT NULL REFERENCES coalition (id),
    reminder_key  VARCHAR(200) NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    sent_on       DATE         NOT NULL,
    recipients    INTEGER      NOT NULL,
    CONSTRAINT uq_sent_reminder_key UNIQUE (coalition_id, reminder_key)
);
CREATE INDEX ix_sent_reminder_day ON sent_reminder (coalition_id, sent_on);
