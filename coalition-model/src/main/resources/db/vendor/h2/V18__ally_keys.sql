-- Who a person is across coalitions, and the name they sort by, kept by the database beside each row (issue 16:
-- the allies page grouped every participation by an expression of LOWER and TRIM calls, at every view). The
-- same expressions as AllyNetworkService used in its queries; H2 computes generated columns on every write.
ALTER TABLE stakeholder ADD COLUMN ally_key VARCHAR(260) GENERATED ALWAYS AS (
    CASE WHEN sso_username IS NOT NULL AND TRIM(sso_username) <> '' THEN 'u:' || sso_username
         ELSE 'n:' || LOWER(TRIM(name)) || '|' || LOWER(TRIM(department)) END);
ALTER TABLE stakeholder ADD COLUMN sort_name VARCHAR(150) GENERATED ALWAYS AS (LOWER(name));
ALTER TABLE person ADD COLUMN sort_name VARCHAR(200) GENERATED ALWAYS AS (LOWER(display_name));
