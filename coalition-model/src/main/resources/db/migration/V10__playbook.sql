-- The guided playbook: why a coalition is needed, coalition templates, the closing retrospective and the
-- ally network. Runs on H2 2.x and PostgreSQL 15.

ALTER TABLE coalition ADD COLUMN rationale VARCHAR(2000);

CREATE TABLE coalition_template (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL,
    name                   VARCHAR(120)  NOT NULL,
    kind_of_change         VARCHAR(120)  NOT NULL,
    description            VARCHAR(2000),
    stakeholder_roles      VARCHAR(4000),
    conversation_questions VARCHAR(4000),
    quick_win_ideas        VARCHAR(4000),
    milestone_skeletons    VARCHAR(4000),
    CONSTRAINT uq_coalition_template_name UNIQUE (name)
);

CREATE TABLE retrospective (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    coalition_id   BIGINT        NOT NULL REFERENCES coalition (id),
    what_worked    VARCHAR(2000) NOT NULL,
    what_to_repeat VARCHAR(2000) NOT NULL,
    written_by     VARCHAR(200)  NOT NULL,
    written_at     TIMESTAMP     NOT NULL,
    CONSTRAINT uq_retrospective_coalition UNIQUE (coalition_id)
);

-- The template a coalition was started from: its questions are offered in the one-on-ones.
ALTER TABLE coalition ADD COLUMN template_id BIGINT;
ALTER TABLE coalition ADD CONSTRAINT fk_coalition_template FOREIGN KEY (template_id) REFERENCES coalition_template (id);

-- The ally network: champions, supporters, sponsors and members of closed coalitions.
CREATE TABLE ally (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    coalition_id BIGINT       NOT NULL REFERENCES coalition (id),
    name         VARCHAR(150) NOT NULL,
    title        VARCHAR(150),
    department   VARCHAR(100),
    username     VARCHAR(100),
    source       VARCHAR(20)  NOT NULL,
    final_stance VARCHAR(20),
    recorded_at  TIMESTAMP    NOT NULL
);
CREATE INDEX ix_ally_coalition ON ally (coalition_id);
CREATE INDEX ix_ally_department ON ally (department);

-- Four starting points. Ids below the sequence's start (1000) are free for seed rows.
-- Lists: one entry per line; stakeholder role | department | influence | interest; milestone | weeks; quick win | kind.
INSERT INTO coalition_template (id, version, name, kind_of_change, description, stakeholder_roles,
                                conversation_questions, quick_win_ideas, milestone_skeletons)
VALUES (1, 1, 'Process reform', 'Process reform',
'Change how work flows between teams: approvals, hand-offs, a reporting cycle.',
'Process owner | Operations | 5 | 5
Team leads who run the process today | Operations | 3 | 5
Finance controller | Finance | 4 | 3
Quality or compliance officer | Legal | 4 | 2
Front-line staff representative | Operations | 2 | 5',
'Where does the current process cost your team the most time?
Which step would you remove tomorrow if you could?
Who would lose something if the process changed?
What would a good hand-off look like for you?',
'Map the current process on one page with the people who run it | WHITE_PAPER
Pilot the shortened hand-off with one team for two weeks | PILOT
Short update to the process owner on what the pilot showed | LOW_STAKES_UPDATE',
'Current process mapped and pain points agreed | 3
Pilot of the new process with one team | 8
New process rolled out to every team | 16');

INSERT INTO coalition_template (id, version, name, kind_of_change, description, stakeholder_roles,
                                conversation_questions, quick_win_ideas, milestone_skeletons)
VALUES (2, 1, 'New product or tool adoption', 'Tool adoption',
'Bring a new product or tool into everyday use across departments.',
'IT owner of the platform | IT | 5 | 4
Budget holder | Finance | 5 | 2
Power users who will champion it | Engineering | 2 | 5
Security officer | IT | 4 | 3
Trainer or enablement lead | HR | 2 | 4',
'Which tools does your team use for this today, and what do they get wrong?
What would make you stop using the new tool after a week?
Who in your team would try it first?
What data or integrations can we not lose?',
'Pilot the tool with five volunteers for two weeks | PILOT
One-page comparison of the current and the new tool | WHITE_PAPER
Demo to a director with the pilot users presenting | LOW_STAKES_UPDATE',
'Pilot group chosen and tool set up | 3
Pilot evaluated with its users | 7
Roll-out and training for every department | 14');

INSERT INTO coalition_template (id, version, name, kind_of_change, description, stakeholder_roles,
                                conversation_questions, quick_win_ideas, milestone_skeletons)
VALUES (3, 1, 'Policy change', 'Policy change (e.g. flexible hours)',
'Change a company policy such as flexible working hours, remote work or travel rules.',
'HR business partner | HR | 4 | 4
Works council representative | HR | 4 | 5
Department heads with shift or coverage duties | Operations | 5 | 3
Legal counsel | Legal | 3 | 2
Employees who asked for the change | Engineering | 2 | 5',
'What would this policy change for you and your team, day to day?
What do you worry could go wrong?
Which rules must stay, whatever we change?
Who needs to hear about this from you rather than from us?',
'Survey of the teams on what they need from the policy | WHITE_PAPER
Trial the new policy in one department for a month | PILOT
Short briefing for the leadership team with the trial results | LOW_STAKES_UPDATE',
'Needs and constraints gathered from every department | 4
Policy draft agreed with HR and the works council | 8
Trial in one department evaluated | 14
Policy in force company-wide | 20');

INSERT INTO coalition_template (id, version, name, kind_of_change, description, stakeholder_roles,
                                conversation_questions, quick_win_ideas, milestone_skeletons)
VALUES (4, 1, 'Culture change', 'Culture change',
'Shift how people work together: feedback, ownership, collaboration across silos.',
'Executive role model | Operations | 5 | 4
HR and people development lead | HR | 4 | 5
Informal opinion leaders in the teams | Engineering | 3 | 4
Middle managers who translate it into daily work | Sales | 4 | 3
Internal communications | HR | 2 | 4',
'When did you last see the culture we want in action?
What gets rewarded here today, and what gets ignored?
What would make people in your team take a risk on this?
Which habit would you change first?',
'Share three stories of the desired behaviour in the newsletter | LOW_STAKES_UPDATE
Run one cross-team retrospective and publish what came out | PILOT
One-page statement of the behaviours we want, written with the teams | WHITE_PAPER',
'Desired behaviours described with the teams | 4
Role models and rituals in place in two departments | 10
Culture check repeated and results shared | 24');
