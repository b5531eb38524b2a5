CREATE TABLE health_snapshot (
    id            BIGINT  NOT NULL PRIMARY KEY,
    version       BIGINT  NOT NULL,
    coalition_id  BIGINT  NOT NULL REFERENCES coalition (id),
    taken_on      DATE    NOT NULL,
    score         INTEGER NOT NULL,
    alignment     INTEGER NOT NULL,
    trust         INTEGER NOT NULL,
    communication INTEGER NOT NULL,
    differences   INTEGER NOT NULL,
    finding_count INTEGER NOT NULL,
    CONSTRAINT uq_health_snapshot_day UNIQUE (coalition_id, taken_on)
);
