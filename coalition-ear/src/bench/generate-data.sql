-- Fills a Coalition database (PostgreSQL, schema already migrated by the application) with a large,
-- realistic organisation for the benchmark. At scale 10: 50 coalitions; the largest, "Bench largest",
-- has 500 stakeholders, 2,000 tasks, 40 milestones, 250 one-on-ones with motivations, 200 feed posts,
-- 60 sync notes, 20 disagreements, 500 audit entries, 3,025 influence links, 50 decision makers and 1,000
-- promises, engagement assessed for everyone, two closed blind rating rounds and coverage tags; the 49 others a tenth of that each. 1,000 more
-- people are members or observers of three coalitions each, and one stakeholder of the largest has 300
-- one-on-ones and 100 stance changes.
-- Scale 1 is the same organisation with a tenth of the records per coalition (the "tenfold" comparison).
--
--   psql -v scale=10 -f generate-data.sql "postgresql://127.0.0.1:5432/coalition_bench"
--
-- Ids come from the application's sequence one nextval per row: each nextval reserves a whole block
-- of 50 for this row, so the application's own preallocated blocks never collide with them.
\set ON_ERROR_STOP on
SELECT set_config('bench.scale', :'scale', false);

DO $$
DECLARE
    scale   int := current_setting('bench.scale')::int;
    alice   bigint;
    bob     bigint;
    erin    bigint;
    carol   bigint;
    c       bigint;
    big     boolean;
    n_st    int;
    n_task  int;
    n_ms    int;
    n_feed  int;
    n_diff  int;
    stances text[] := ARRAY['CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SKEPTIC', 'OPPONENT'];
    depts   text[] := ARRAY['Engineering', 'Operations', 'Sales', 'Finance', 'HR'];
    levels  text[] := ARRAY['INDIVIDUAL_CONTRIBUTOR', 'MANAGER', 'DIRECTOR', 'EXECUTIVE'];
    kinds   text[] := ARRAY['REPORTS_TO', 'TRUSTED_PEER', 'BUDGET_HOLDER', 'CUSTOMER_VOICE', 'MENTOR'];
    engs    text[] := ARRAY['UNAWARE', 'RESISTANT', 'NEUTRAL', 'SUPPORTIVE', 'LEADING'];
    quals   text[] := ARRAY['POSITION_POWER', 'EXPERTISE', 'CREDIBILITY'];
    r       bigint;
    cats    text[] := ARRAY['DATA_AND_EFFICIENCY', 'TEAM_MORALE', 'CAREER_ADVANCEMENT', 'CUSTOMER_OUTCOMES', 'BUDGET_AND_COST'];
BEGIN
    INSERT INTO person (id, version, username, display_name, email, department, executive)
    SELECT nextval('coalition_seq'), 1, u, n, u || '@example.com', d, u = 'alice'
    FROM (VALUES ('alice', 'Alice Adams', 'Operations'), ('bob', 'Bob Baker', 'Engineering'),
                 ('erin', 'Erin Evans', 'Finance'), ('carol', 'Carol Chen', 'Sales')) AS v(u, n, d)
    ON CONFLICT (username) DO NOTHING;
    SELECT id INTO alice FROM person WHERE username = 'alice';
    SELECT id INTO bob FROM person WHERE username = 'bob';
    SELECT id INTO erin FROM person WHERE username = 'erin';
    SELECT id INTO carol FROM person WHERE username = 'carol';

    FOR i IN 1..50 LOOP
        big := i = 1;
        n_st := CASE WHEN big THEN 50 * scale ELSE 5 * scale END;
        n_task := CASE WHEN big THEN 200 * scale ELSE 20 * scale END;
        n_ms := CASE WHEN big THEN 4 * scale ELSE greatest(1, 4 * scale / 10) END;
        n_feed := CASE WHEN big THEN 20 * scale ELSE 2 * scale END;
        n_diff := CASE WHEN big THEN 2 * scale ELSE greatest(1, scale / 5) END;
        c := nextval('coalition_seq');
        INSERT INTO coalition (id, version, name, objective, target_date, phase, lead_department, created_by, created_at)
        VALUES (c, 1, CASE WHEN big THEN 'Bench largest' ELSE 'Bench coalition ' || i END,
                'A benchmark objective that needs several departments to move together, number ' || i,
                current_date + 120, 'MAIN_INITIATIVE', depts[1 + i % 5], 'bob', now() - interval '90 days');

        INSERT INTO membership (id, version, coalition_id, person_id, role, granted_by, granted_at)
        VALUES (nextval('coalition_seq'), 1, c, alice, CASE WHEN i <= 5 THEN 'SPONSOR' ELSE 'OBSERVER' END, 'bench', now()),
               (nextval('coalition_seq'), 1, c, bob, 'MEMBER', 'bench', now()),
               (nextval('coalition_seq'), 1, c, erin, 'MEMBER', 'bench', now()),
               (nextval('coalition_seq'), 1, c, carol, 'OBSERVER', 'bench', now());

        INSERT INTO purpose_statement (id, version, coalition_id, revision, text, written_by, written_at)
        VALUES (nextval('coalition_seq'), 1, c, 1, 'Together we make this change because nobody can alone.', 'Bob Baker', now());

        INSERT INTO stakeholder (id, version, coalition_id, name, title, level, department, influence, interest,
                                 resources, stance, stance_since, owner_id, notes, last_conversation_on)
        SELECT nextval('coalition_seq'), 1, c, 'Stakeholder ' || i || '-' || g, 'Title ' || g, levels[1 + g % 4],
               depts[1 + g % 5], 1 + g % 5, 1 + (g * 3) % 5, CASE WHEN g % 2 = 0 THEN 'BUDGET,PEOPLE' ELSE 'DATA' END,
               stances[1 + g % 5], current_date - 120 + g % 30, CASE WHEN g % 3 = 0 THEN bob ELSE erin END,
               'Prefers written proposals; met at the town hall.', CASE WHEN g % 2 = 0 THEN current_date - g % 70 END
        FROM generate_series(1, n_st) AS g;

        INSERT INTO stance_change (id, version, stakeholder_id, from_stance, to_stance, changed_at, changed_by, reason)
        SELECT nextval('coalition_seq'), 1, s.id, NULL, s.stance, now() - interval '120 days', 'Bob Baker', 'First assessment'
        FROM stakeholder s WHERE s.coalition_id = c;

        INSERT INTO conversation (id, version, stakeholder_id, held_on, held_by_id, questions, notes)
        SELECT nextval('coalition_seq'), 1, s.id, s.last_conversation_on, bob, 'What challenges is your team facing?',
               'Worried about coverage; wants data before deciding.'
        FROM stakeholder s WHERE s.coalition_id = c AND s.last_conversation_on IS NOT NULL;

        INSERT INTO motivation (id, version, conversation_id, stakeholder_id, category, description, strength)
        SELECT nextval('coalition_seq'), 1, v.id, v.stakeholder_id, cats[1 + (v.id / 50) % 5], 'Heard in the one-on-one', 2
        FROM conversation v JOIN stakeholder s ON s.id = v.stakeholder_id WHERE s.coalition_id = c;

        INSERT INTO milestone (id, version, coalition_id, title, description, due_on, status, proposed_by)
        SELECT nextval('coalition_seq'), 1, c, 'Milestone ' || g, 'What this step delivers', current_date + g * 7,
               CASE WHEN g % 3 = 0 THEN 'PROPOSED' ELSE 'APPROVED' END, 'Bob Baker'
        FROM generate_series(1, n_ms) AS g;

        INSERT INTO task (id, version, coalition_id, milestone_id, title, assignee_id, due_on, status, progress_notes)
        SELECT nextval('coalition_seq'), 1, c, m.id, 'Task ' || g, CASE WHEN g % 2 = 0 THEN bob ELSE erin END,
               current_date + (g % 60) - 10, (ARRAY['TO_DO', 'IN_PROGRESS', 'BLOCKED', 'DONE'])[1 + g % 4], 'Progress ' || g
        FROM generate_series(1, n_task) AS g
        JOIN LATERAL (SELECT id FROM milestone WHERE coalition_id = c ORDER BY id OFFSET (g % n_ms) LIMIT 1) m ON true;

        -- Influence (issue 21): six links into every stakeholder (3,000 in the largest at scale 10) and one from a
        -- member to every twentieth; every tenth stakeholder a decision maker; two deciders for each proposed milestone.
        INSERT INTO influence_link (id, version, coalition_id, from_stakeholder_id, from_person_id, to_stakeholder_id,
                                    strength, kind, note, recorded_by, recorded_at)
        SELECT nextval('coalition_seq'), 1, c, f.id, NULL, t.id, 1 + (t.n + k) % 3, kinds[1 + k % 5],
               'Has their ear since the reorganisation', 'bob', now() - interval '30 days'
        FROM (SELECT id, row_number() OVER (ORDER BY id)::int AS n FROM stakeholder WHERE coalition_id = c) t
        CROSS JOIN generate_series(1, 6) AS k
        JOIN (SELECT id, row_number() OVER (ORDER BY id)::int AS n FROM stakeholder WHERE coalition_id = c) f
          ON f.n = 1 + (t.n + k * 7) % n_st
        WHERE f.id <> t.id;
        INSERT INTO influence_link (id, version, coalition_id, from_stakeholder_id, from_person_id, to_stakeholder_id,
                                    strength, kind, note, recorded_by, recorded_at)
        SELECT nextval('coalition_seq'), 1, c, NULL, CASE WHEN t.n % 40 = 0 THEN bob ELSE erin END, t.id, 2, 'TRUSTED_PEER',
               NULL, 'bob', now() - interval '30 days'
        FROM (SELECT id, row_number() OVER (ORDER BY id)::int AS n FROM stakeholder WHERE coalition_id = c) t
        WHERE t.n % 20 = 0;
        UPDATE stakeholder s SET decision_role = (ARRAY['APPROVER', 'VETO_HOLDER', 'INFLUENCER'])[1 + r.n / 10 % 3]
        FROM (SELECT id, row_number() OVER (ORDER BY id)::int AS n FROM stakeholder WHERE coalition_id = c) r
        WHERE s.id = r.id AND r.n % 10 = 0;
        INSERT INTO milestone_decider (id, version, milestone_id, stakeholder_id)
        SELECT nextval('coalition_seq'), 1, m.id, d.id
        FROM milestone m
        JOIN LATERAL (SELECT id FROM stakeholder WHERE coalition_id = c AND decision_role IS NOT NULL
                      ORDER BY id LIMIT 2) d ON true
        WHERE m.coalition_id = c AND m.status = 'PROPOSED';

        -- Commitments (issue 22): two promises to every stakeholder (1,000 in the largest), some kept, some broken,
        -- many overdue.
        INSERT INTO commitment (id, version, coalition_id, promised_by_id, to_stakeholder_id, to_person_id, conversation_id,
                                what, made_on, due_on, outcome, settled_on, recorded_by, recorded_at)
        SELECT nextval('coalition_seq'), 1, c, CASE WHEN s.n % 2 = 0 THEN bob ELSE erin END, s.id, NULL, NULL,
               'Send the survey results before the steering meeting', current_date - 40 + k, current_date - 20 + s.n % 40 + k,
               CASE WHEN s.n % 5 = 0 THEN 'KEPT' WHEN s.n % 7 = 0 THEN 'BROKEN' END,
               CASE WHEN s.n % 5 = 0 OR s.n % 7 = 0 THEN current_date - 5 END, 'bob', now() - interval '40 days'
        FROM (SELECT id, row_number() OVER (ORDER BY id)::int AS n FROM stakeholder WHERE coalition_id = c) s
        CROSS JOIN generate_series(0, 1) AS k;

        -- Engagement (issue 22): current and needed engagement of every stakeholder, one assessment each.
        UPDATE stakeholder s SET engagement_current = engs[1 + r.n % 5], engagement_desired = engs[1 + (r.n + 2) % 5]
        FROM (SELECT id, row_number() OVER (ORDER BY id)::int AS n FROM stakeholder WHERE coalition_id = c) r
        WHERE s.id = r.id;
        INSERT INTO engagement_change (id, version, stakeholder_id, from_current, to_current, from_desired, to_desired,
                                       changed_at, changed_by)
        SELECT nextval('coalition_seq'), 1, s.id, NULL, s.engagement_current, NULL, s.engagement_desired,
               now() - interval '20 days', 'Bob Baker'
        FROM stakeholder s WHERE s.coalition_id = c;

        -- Blind rating rounds (issue 22): two closed rounds of 20 stakeholders each, rated by bob and erin.
        FOR k IN 1..2 LOOP
            r := nextval('coalition_seq');
            INSERT INTO rating_round (id, version, coalition_id, opened_by_id, opened_at, closed_at, closed_by, rater_count,
                                      stakeholder_count)
            VALUES (r, 1, c, bob, now() - (k * 10 + 5) * interval '1 day', now() - k * 10 * interval '1 day', 'Bob Baker', 2, 20);
            INSERT INTO rating_round_rater (round_id, person_id) VALUES (r, bob), (r, erin);
            INSERT INTO rated_stakeholder (id, version, round_id, stakeholder_id, ratings, recorded_stance, lowest, highest,
                                           median_low, median_high, verdict, closed_on)
            SELECT nextval('coalition_seq'), 1, r, s.id, 2, s.stance, 'SKEPTIC', 'SUPPORTER', 'SKEPTIC', 'SUPPORTER',
                   CASE WHEN s.n % 2 = 0 THEN 'ASSUMED' ELSE 'AGREED' END, current_date - k * 10
            FROM (SELECT id, stance, row_number() OVER (ORDER BY id)::int AS n FROM stakeholder WHERE coalition_id = c) s
            WHERE s.n BETWEEN (k - 1) * 20 + 1 AND k * 20;
            INSERT INTO rating (id, version, round_id, stakeholder_id, rater_id, stance, rated_at)
            SELECT nextval('coalition_seq'), 1, r, o.stakeholder_id, p, CASE WHEN p = bob THEN 'SUPPORTER' ELSE 'SKEPTIC' END,
                   now() - (k * 10 + 1) * interval '1 day'
            FROM rated_stakeholder o CROSS JOIN unnest(ARRAY[bob, erin]) AS p WHERE o.round_id = r;
        END LOOP;

        -- Coverage (issue 22): every department touched at director level; a quality on every fifth stakeholder.
        INSERT INTO touched_department (id, version, coalition_id, department, needed_level, recorded_by, recorded_at)
        SELECT nextval('coalition_seq'), 1, c, d, 'DIRECTOR', 'bob', now() - interval '30 days' FROM unnest(depts) AS d;
        INSERT INTO coverage_tag (id, version, coalition_id, person_id, stakeholder_id, quality, tagged_by, tagged_at)
        SELECT nextval('coalition_seq'), 1, c, NULL, s.id, quals[1 + s.n / 5 % 3], 'bob', now() - interval '30 days'
        FROM (SELECT id, row_number() OVER (ORDER BY id)::int AS n FROM stakeholder WHERE coalition_id = c) s
        WHERE s.n % 5 = 0;

        INSERT INTO feed_post (id, version, coalition_id, kind, posted_at, author, text)
        SELECT nextval('coalition_seq'), 1, c, (ARRAY['UPDATE', 'CELEBRATION', 'RECOGNITION', 'UPDATE'])[1 + g % 4],
               now() - g * interval '7 hours', 'Bob Baker', 'Update number ' || g || ': the pilot team met again.'
        FROM generate_series(1, n_feed) AS g;

        INSERT INTO sync_cadence (id, version, coalition_id, starts_on, every_weeks, day_of_week, sync_time, duration_minutes,
                                  time_zone, feed_token, updated_by, updated_at)
        VALUES (nextval('coalition_seq'), 1, c, current_date - 90, 1, 'TUESDAY', '10:00', 45, 'Europe/Berlin',
                substr(md5(c::text || 'a') || md5(c::text || 'b'), 1, 32), 'Bob Baker', now());

        INSERT INTO sync_note (id, version, coalition_id, held_on, attendees, decisions, next_steps, written_by, written_at)
        SELECT nextval('coalition_seq'), 1, c, current_date - g * 7, 'Bob, Erin', 'Agreed the next pilot', 'Invite Finance',
               'Bob Baker', now() - g * interval '7 days'
        FROM generate_series(1, CASE WHEN big THEN 6 * scale ELSE 12 END) AS g;

        INSERT INTO difference (id, version, coalition_id, topic, description, status, created_at, created_by, last_activity_at,
                                decision, rationale, resolved_by, resolved_at)
        SELECT nextval('coalition_seq'), 1, c, 'Disagreement ' || g, 'Two views on the rota',
               (ARRAY['OPEN', 'IN_DISCUSSION', 'RESOLVED'])[1 + g % 3], now() - g * interval '3 days', 'Bob Baker',
               now() - g * interval '2 days',
               CASE WHEN g % 3 = 2 THEN 'Per-week pay for everyone' END, CASE WHEN g % 3 = 2 THEN 'Predictable for both' END,
               CASE WHEN g % 3 = 2 THEN 'Alice Adams' END, CASE WHEN g % 3 = 2 THEN now() - g * interval '1 day' END
        FROM generate_series(1, n_diff) AS g;

        INSERT INTO difference_party (id, version, difference_id, stakeholder_id, position, interest)
        SELECT nextval('coalition_seq'), 1, d.id, (SELECT min(s.id) FROM stakeholder s WHERE s.coalition_id = c), 'Keep it as it is', 'Predictability'
        FROM difference d WHERE d.coalition_id = c;

        INSERT INTO quick_win (id, version, coalition_id, title, kind, success_criteria, due_on, status, outcome, completed_on)
        VALUES (nextval('coalition_seq'), 1, c, 'Pilot with one team', 'PILOT', 'Two weeks, no missed calls', current_date - 30,
                'COMPLETED', 'Worked', current_date - 30);
        INSERT INTO quick_win_stakeholder (quick_win_id, stakeholder_id)
        SELECT q.id, (SELECT min(s.id) FROM stakeholder s WHERE s.coalition_id = c AND s.influence >= 4)
        FROM quick_win q WHERE q.coalition_id = c;

        INSERT INTO audit_entry (id, version, coalition_id, at, actor, action, subject_type, subject_id, summary, old_value, new_value)
        SELECT nextval('coalition_seq'), 1, c, now() - g * interval '1 hour', CASE WHEN g % 2 = 0 THEN 'bob' ELSE 'erin' END,
               'task.updated', 'Task', NULL, 'Task ' || g, 'TO_DO', 'IN_PROGRESS'
        FROM generate_series(1, CASE WHEN big THEN 50 * scale ELSE 5 * scale END) AS g;

        INSERT INTO health_snapshot (id, version, coalition_id, taken_on, score, alignment, trust, communication, differences, finding_count)
        SELECT nextval('coalition_seq'), 1, c, current_date - g, 60 + g % 30, 20, 25, 15, 10, 2
        FROM generate_series(1, 30) AS g;
    END LOOP;

    -- The organisation's people: 100 per scale step (1,000 at scale 10), each a member or observer of three
    -- coalitions (the access console, the allies page); and one stakeholder of the largest coalition that
    -- has been talked to 30 times per scale step (the stakeholder page with hundreds of conversations).
    INSERT INTO person (id, version, username, display_name, email, department, executive)
    SELECT nextval('coalition_seq'), 1, 'person' || g, 'Person ' || g, 'person' || g || '@example.com', depts[1 + g % 5], false
    FROM generate_series(1, 100 * scale) AS g
    ON CONFLICT (username) DO NOTHING;
    INSERT INTO membership (id, version, coalition_id, person_id, role, granted_by, granted_at)
    SELECT nextval('coalition_seq'), 1, c.id, p.id, CASE WHEN k = 0 THEN 'MEMBER' ELSE 'OBSERVER' END, 'bench', now()
    FROM person p
    CROSS JOIN generate_series(0, 2) AS k
    JOIN LATERAL (SELECT id FROM coalition ORDER BY id OFFSET ((substr(p.username, 7)::int + k * 17) % 50) LIMIT 1) c ON true
    WHERE p.username LIKE 'person%';
    INSERT INTO conversation (id, version, stakeholder_id, held_on, held_by_id, questions, notes)
    SELECT nextval('coalition_seq'), 1, s.id, current_date - g, CASE WHEN g % 2 = 0 THEN bob ELSE erin END,
           'What challenges is your team facing?', 'Conversation ' || g || ': still wants the data first.'
    FROM stakeholder s JOIN coalition c ON c.id = s.coalition_id, generate_series(1, 30 * scale) AS g
    WHERE c.name = 'Bench largest' AND s.name = 'Stakeholder 1-1';
    INSERT INTO stance_change (id, version, stakeholder_id, from_stance, to_stance, changed_at, changed_by, reason)
    SELECT nextval('coalition_seq'), 1, s.id, stances[1 + g % 5], stances[1 + (g + 1) % 5], now() - g * interval '1 day',
           'Bob Baker', 'Heard in conversation ' || g
    FROM stakeholder s JOIN coalition c ON c.id = s.coalition_id, generate_series(1, 10 * scale) AS g
    WHERE c.name = 'Bench largest' AND s.name = 'Stakeholder 1-1';
END $$;

SELECT (SELECT count(*) FROM coalition) AS coalitions,
       (SELECT count(*) FROM stakeholder s JOIN coalition c ON c.id = s.coalition_id WHERE c.name = 'Bench largest') AS largest_stakeholders,
       (SELECT count(*) FROM task t JOIN coalition c ON c.id = t.coalition_id WHERE c.name = 'Bench largest') AS largest_tasks,
       (SELECT count(*) FROM stakeholder) AS stakeholders, (SELECT count(*) FROM task) AS tasks,
       (SELECT count(*) FROM conversation) AS conversations, (SELECT count(*) FROM person) AS people,
       (SELECT count(*) FROM membership) AS memberships,
       (SELECT count(*) FROM influence_link l JOIN coalition c ON c.id = l.coalition_id WHERE c.name = 'Bench largest') AS largest_links,
       (SELECT count(*) FROM commitment m JOIN coalition c ON c.id = m.coalition_id WHERE c.name = 'Bench largest') AS largest_promises;
