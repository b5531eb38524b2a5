-- The communication rhythm: one sync cadence per coalition (with the token of its calendar feed)
-- and the notes of the syncs held.
CREATE TABLE sync_cadence (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    coalition_id     BIGINT        NOT NULL REFERENCES coalition (id),
    starts_on        DATE          NOT NULL,
    every_weeks      INTEGER       NOT NULL,
    day_of_week      VARCHAR(10)   NOT NULL,
    sync_time        TIME          NOT NULL,
    duration_minutes INTEGER       NOT NULL,
    time_zone        VARCHAR(60)   NOT NULL,
    feed_token       VARCHAR(32)   NOT NULL,
    updated_by       VARCHAR(200)  NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    CONSTRAINT uq_sync_cadence_coalition UNIQUE (coalition_id),
    CONSTRAINT uq_sync_cadence_feed_token UNIQUE (feed_token)
);

CREATE TABLE sync_note (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    coalition_id BIGINT        NOT NULL REFERENCES coalition (id),
    held_on      DATE          NOT NULL,
    attendees    VARCHAR(1000) NOT NULL,
    decisions    VARCHAR(4000),
    next_steps   VARCHAR(4000),
    written_by   VARCHAR(200)  NOT NULL,
    written_at   TIMESTAMP     NOT NULL
);
CREATE INDEX ix_sync_note_coalition ON sync_note (coalition_id, held_on);
