-- Whether a person is an executive (from the identity provider, at sign-in): only executives can sponsor.
ALTER TABLE person ADD COLUMN executive BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_person_department ON person (department);
