-- Feed posts and audit entries the system writes keep a message key and its values, so that each reader reads
-- them in their own language. The English stays in text/summary; rows without a key are shown as they are.
ALTER TABLE feed_post ADD COLUMN text_key VARCHAR(100);
ALTER TABLE feed_post ADD COLUMN text_args VARCHAR(4000);
ALTER TABLE audit_entry ADD COLUMN summary_key VARCHAR(100);
ALTER TABLE audit_entry ADD COLUMN summary_args VARCHAR(2000);
