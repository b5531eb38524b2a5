-- One sequence for every entity id (BaseEntity): INCREMENT BY matches allocationSize = 50.
CREATE SEQUENCE coalition_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE person (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254),
    department    VARCHAR(100),
    last_login_at TIMESTAMP,
    CONSTRAINT uq_person_username UNIQUE (username)
);

CREATE TABLE coalition (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    objective       VARCHAR(2000) NOT NULL,
    target_date     DATE          NOT NULL,
    phase           VARCHAR(30)   NOT NULL,
    lead_department VARCHAR(100),
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP     NOT NULL
);

CREATE TABLE membership (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    coalition_id BIGINT       NOT NULL REFERENCES coalition (id),
    person_id    BIGINT       NOT NULL REFERENCES person (id),
    role         VARCHAR(20)  NOT NULL,
    granted_by   VARCHAR(100) NOT NULL,
    granted_at   TIMESTAMP    NOT NULL,
    CONSTRAINT uq_membership UNIQUE (coalition_id, person_id)
);

CREATE INDEX ix_membership_person ON membership (person_id);
