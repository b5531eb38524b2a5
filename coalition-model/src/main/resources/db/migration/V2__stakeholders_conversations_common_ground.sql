CREATE TABLE stakeholder (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    coalition_id         BIGINT       NOT NULL REFERENCES coalition (id),
    name                 VARCHAR(150) NOT NULL,
    title                VARCHAR(150),
    level                VARCHAR(30)  NOT NULL,
    department           VARCHAR(100) NOT NULL,
    influence            INTEGER      NOT NULL CHECK (influence BETWEEN 1 AND 5),
    interest             INTEGER      NOT NULL CHECK (interest BETWEEN 1 AND 5),
    resources            VARCHAR(200) NOT NULL,
    stance               VARCHAR(20)  NOT NULL,
    stance_since         DATE         NOT NULL,
    owner_id             BIGINT       REFERENCES person (id),
    sso_username         VARCHAR(100),
    notes                VARCHAR(4000),
    last_conversation_on DATE
);
CREATE INDEX ix_stakeholder_coalition ON stakeholder (coalition_id, name);

CREATE TABLE stance_change (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    stakeholder_id BIGINT       NOT NULL REFERENCES stakeholder (id),
    from_stance    VARCHAR(20),
    to_stance      VARCHAR(20)  NOT NULL,
    changed_at     TIMESTAMP    NOT NULL,
    changed_by     VARCHAR(200) NOT NULL,
    reason         VARCHAR(500)
);
CREATE INDEX ix_stance_change_stakeholder ON stance_change (stakeholder_id);

CREATE TABLE conversation (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL,
    stakeholder_id BIGINT         NOT NULL REFERENCES stakeholder (id),
    held_on        DATE           NOT NULL,
    held_by_id     BIGINT         NOT NULL REFERENCES person (id),
    questions      VARCHAR(4000),
    notes          VARCHAR(10000)
);
CREATE INDEX ix_conversation_stakeholder ON conversation (stakeholder_id);

CREATE TABLE motivation (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    conversation_id BIGINT       NOT NULL REFERENCES conversation (id),
    stakeholder_id  BIGINT       NOT NULL REFERENCES stakeholder (id),
    category        VARCHAR(40)  NOT NULL,
    description     VARCHAR(500) NOT NULL,
    strength        INTEGER      NOT NULL CHECK (strength BETWEEN 1 AND 3)
);
CREATE INDEX ix_motivation_stakeholder ON motivation (stakeholder_id);

CREATE TABLE purpose_statement (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    coalition_id BIGINT        NOT NULL REFERENCES coalition (id),
    revision     INTEGER       NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    written_by   VARCHAR(200)  NOT NULL,
    written_at   TIMESTAMP     NOT NULL,
    CONSTRAINT uq_purpose_revision UNIQUE (coalition_id, revision)
);

CREATE TABLE framing (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    stakeholder_id BIGINT        NOT NULL REFERENCES stakeholder (id),
    text           VARCHAR(2000) NOT NULL,
    sign_on        VARCHAR(20)   NOT NULL,
    CONSTRAINT uq_framing_stakeholder UNIQUE (stakeholder_id)
);

CREATE TABLE framing_motivation (
    framing_id    BIGINT NOT NULL REFERENCES framing (id),
    motivation_id BIGINT NOT NULL REFERENCES motivation (id),
    PRIMARY KEY (framing_id, motivation_id)
);
