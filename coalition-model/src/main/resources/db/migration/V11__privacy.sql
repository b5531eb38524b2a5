-- Privacy (issue 19): retention of notes about people, erasure of a person, audit of who read private notes.

-- When a stakeholder's private notes were last written, and when the retention job or an erasure cleared them.
-- Notes written before this migration count as written today: they get a whole retention period.
ALTER TABLE stakeholder ADD COLUMN notes_written_on DATE;
ALTER TABLE stakeholder ADD COLUMN notes_redacted_on DATE;
ALTER TABLE stakeholder ADD COLUMN erased_on DATE;
UPDATE stakeholder SET notes_written_on = CURRENT_DATE WHERE notes IS NOT NULL;
CREATE INDEX ix_stakeholder_notes_written ON stakeholder (notes_written_on);
CREATE INDEX ix_stakeholder_sso_username ON stakeholder (sso_username);

-- A redacted one-on-one keeps its date, who held it and its motivations' categories; its texts are gone.
ALTER TABLE conversation ADD COLUMN redacted_on DATE;
CREATE INDEX ix_conversation_held_on ON conversation (held_on);

ALTER TABLE person ADD COLUMN erased_on DATE;

-- Exports and erasures of a person concern no single coalition: their audit entries have none.
ALTER TABLE audit_entry ALTER COLUMN coalition_id DROP NOT NULL;
-- "Has this member read these notes today?" and everything one person did, for export and erasure.
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_id, action, actor, at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor);
