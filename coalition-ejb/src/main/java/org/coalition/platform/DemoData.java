package org.coalition.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.Membership;
import org.coalition.coalition.Phase;
import org.coalition.coalition.PhaseDecision;
import org.coalition.coalition.PhaseTransition;
import org.coalition.commonground.Framing;
import org.coalition.commonground.PurposeStatement;
import org.coalition.commonground.SignOnStatus;
import org.coalition.difference.Difference;
import org.coalition.engagement.Conversation;
import org.coalition.engagement.Motivation;
import org.coalition.engagement.MotivationCategory;
import org.coalition.health.HealthSnapshotHistory;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.people.Person;
import org.coalition.rhythm.Cadence;
import org.coalition.rhythm.FeedPost;
import org.coalition.rhythm.SyncCadence;
import org.coalition.rhythm.SyncNote;
import org.coalition.rhythm.SyncNoteDraft;
import org.coalition.shared.Said;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.Stance;
import org.coalition.stakeholder.StanceChange;
import org.coalition.trust.QuickWin;
import org.coalition.trust.QuickWinKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo's living example, seeded once when {@code coalition.demo.seed} is true (the run command
 * sets COALITION_DEMO_SEED=true; production leaves it off): "Flexible work hours", with managers from
 * engineering, sales and operations, HR on the sponsor side, a dozen stakeholders, conversations,
 * motivations and framings — some stances verified, some merely assumed — and a weekly Thursday sync
 * with the notes of the last three.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String DEMO_COALITION = "Flexible work hours";
    public static final String TROUBLED_COALITION = "Shared on-call rota";

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "coalition.demo.seed", defaultValue = "false")
    boolean seed;

    private final Map<String, Person> people = new HashMap<>();

    @PostConstruct
    void seedOnce() {
        if (!seed
                || em.createQuery("SELECT COUNT(c) FROM Coalition c WHERE c.name = :n", Long.class)
                                .setParameter("n", DEMO_COALITION)
                                .getSingleResult()
                        > 0) {
            return;
        }
        person("alice", "Alice Adams", "Operations");
        people.get("alice").setExecutive(true);
        person("frank", "Frank Fischer", "Engineering");
        person("bob", "Bob Baker", "Engineering");
        person("carol", "Carol Chen", "Sales");
        person("dana", "Dana Diaz", "HR");
        person("erin", "Erin Evans", "Finance");

        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        Coalition coalition = new Coalition(
                new CoalitionDraft(
                        DEMO_COALITION,
                        "Let every team agree its own core hours within a company-wide frame, so people can fit work around "
                                + "their lives without hurting collaboration or customers.",
                        today.plusMonths(6)),
                "bob",
                "Engineering",
                now);
        em.persist(coalition);
        em.persist(new Membership(coalition, people.get("alice"), CoalitionRole.SPONSOR, "bob", now));
        em.persist(new Membership(coalition, people.get("bob"), CoalitionRole.MEMBER, "bob", now));
        em.persist(new Membership(coalition, people.get("erin"), CoalitionRole.MEMBER, "bob", now));
        em.persist(new Membership(coalition, people.get("carol"), CoalitionRole.OBSERVER, "bob", now));
        em.persist(new PurposeStatement(
                coalition,
                1,
                "Flexible hours that keep teams reachable for each other and for customers.",
                "Bob Baker",
                now.minusSeconds(86400 * 20)));
        em.persist(new PurposeStatement(
                coalition,
                2,
                "Give every team the freedom to set its own core hours, so we keep our people, stay reachable for "
                        + "customers and make better use of our offices.",
                "Alice Adams",
                now.minusSeconds(86400 * 3)));

        Stakeholder maria = stakeholder(
                coalition,
                "Maria Lopez",
                "VP Human Resources",
                Level.EXECUTIVE,
                "HR",
                5,
                5,
                Set.of(Resource.BUDGET, Resource.DECISION_RIGHTS),
                Stance.CHAMPION,
                "alice",
                today.minusDays(40));
        Stakeholder tom = stakeholder(
                coalition,
                "Tom Becker",
                "Engineering Manager",
                Level.MANAGER,
                "Engineering",
                4,
                5,
                Set.of(Resource.PEOPLE, Resource.DATA),
                Stance.SUPPORTER,
                "bob",
                today.minusDays(30));
        Stakeholder priya = stakeholder(
                coalition,
                "Priya Natarajan",
                "Sales Director",
                Level.DIRECTOR,
                "Sales",
                5,
                3,
                Set.of(Resource.BUDGET, Resource.PEOPLE),
                Stance.SKEPTIC,
                "erin",
                today.minusDays(25));
        Stakeholder ken = stakeholder(
                coalition,
                "Ken Oduya",
                "Operations Manager",
                Level.MANAGER,
                "Operations",
                4,
                4,
                Set.of(Resource.PEOPLE, Resource.DECISION_RIGHTS),
                Stance.NEUTRAL,
                "bob",
                today.minusDays(90));
        Stakeholder lena = stakeholder(
                coalition,
                "Lena Fischer",
                "CFO",
                Level.EXECUTIVE,
                "Finance",
                5,
                2,
                Set.of(Resource.BUDGET, Resource.DECISION_RIGHTS),
                Stance.SUPPORTER,
                "alice",
                today.minusDays(120));
        Stakeholder raj = stakeholder(
                coalition,
                "Raj Patel",
                "Team Lead Support",
                Level.MANAGER,
                "Operations",
                3,
                5,
                Set.of(Resource.PEOPLE),
                Stance.SKEPTIC,
                "erin",
                today.minusDays(15));
        stakeholder(
                coalition,
                "Sofia Rossi",
                "Senior Engineer",
                Level.INDIVIDUAL_CONTRIBUTOR,
                "Engineering",
                2,
                5,
                Set.of(Resource.EXPERTISE),
                Stance.CHAMPION,
                "bob",
                today.minusDays(10));
        stakeholder(
                coalition,
                "Mark Chen",
                "Account Executive",
                Level.INDIVIDUAL_CONTRIBUTOR,
                "Sales",
                2,
                4,
                Set.of(Resource.DATA),
                Stance.NEUTRAL,
                "erin",
                today.minusDays(50));
        stakeholder(
                coalition,
                "Hannah Weber",
                "Payroll Specialist",
                Level.INDIVIDUAL_CONTRIBUTOR,
                "Finance",
                1,
                2,
                Set.of(Resource.EXPERTISE, Resource.DATA),
                Stance.NEUTRAL,
                null,
                today.minusDays(50));
        stakeholder(
                coalition,
                "David Kim",
                "Facilities Manager",
                Level.MANAGER,
                "Operations",
                2,
                2,
                Set.of(Resource.BUDGET),
                Stance.SUPPORTER,
                null,
                today.minusDays(70));
        stakeholder(
                coalition,
                "Olivia Brown",
                "Legal Counsel",
                Level.DIRECTOR,
                "HR",
                4,
                2,
                Set.of(Resource.EXPERTISE, Resource.DECISION_RIGHTS),
                Stance.SKEPTIC,
                "alice",
                today.minusDays(35));
        stakeholder(
                coalition,
                "James Wilson",
                "Customer Success Lead",
                Level.MANAGER,
                "Sales",
                3,
                3,
                Set.of(Resource.DATA, Resource.PEOPLE),
                Stance.OPPONENT,
                "erin",
                today.minusDays(20));

        Motivation mariaRetention = conversation(
                maria,
                today.minusDays(12),
                "alice",
                "Attrition in two teams is the board's worry this year.",
                Map.of(
                        MotivationCategory.TEAM_MORALE,
                        "Keep people: exit interviews cite rigid hours",
                        MotivationCategory.RECOGNITION,
                        "Wants HR seen as an enabler"));
        Motivation tomFocus = conversation(
                tom,
                today.minusDays(8),
                "bob",
                "Engineers lose focus time to meetings spread over the day.",
                Map.of(
                        MotivationCategory.DATA_AND_EFFICIENCY,
                        "Protect focus time with core hours",
                        MotivationCategory.TEAM_MORALE,
                        "Team asked for it in the survey"));
        conversation(
                priya,
                today.minusDays(5),
                "erin",
                "Afraid customers cannot reach account managers.",
                Map.of(
                        MotivationCategory.CUSTOMER_OUTCOMES,
                        "Customers must reach their account manager 9-17",
                        MotivationCategory.CAREER_ADVANCEMENT,
                        "Quarterly targets decide her bonus"));
        conversation(
                raj,
                today.minusDays(9),
                "erin",
                "Support has shifts already; worried about fairness.",
                Map.of(
                        MotivationCategory.TEAM_MORALE,
                        "Fairness between shift and office staff",
                        MotivationCategory.CUSTOMER_OUTCOMES,
                        "Response times must not slip"));
        conversation(
                lena,
                today.minusDays(100),
                "alice",
                "Interested if office costs go down.",
                Map.of(MotivationCategory.BUDGET_AND_COST, "Lower office costs through desk sharing"));

        Framing mariaFraming = new Framing(maria);
        mariaFraming.update(
                "Flexible hours are the cheapest retention measure we have: they answer what leavers tell us.",
                Set.of(mariaRetention),
                SignOnStatus.SIGNED_ON);
        em.persist(mariaFraming);
        Framing tomFraming = new Framing(tom);
        tomFraming.update(
                "Shared core hours mean meetings in a narrow window and long stretches of focus time for your team.",
                Set.of(tomFocus),
                SignOnStatus.CONSIDERING);
        em.persist(tomFraming);
        long c = coalition.getId();
        QuickWin survey = new QuickWin(
                coalition,
                "Survey on working hours in Engineering",
                QuickWinKind.LOW_STAKES_UPDATE,
                "A short summary that the Engineering director reads and shares",
                today.minusDays(20),
                Set.of(tom),
                Set.of(people.get("bob")));
        survey.finish(true, "Tom shared it with his peers; 78% want team-set core hours.", today.minusDays(18));
        em.persist(survey);
        em.persist(new QuickWin(
                coalition,
                "One-page white paper for Sales leadership",
                QuickWinKind.WHITE_PAPER,
                "Priya agrees to a pilot in one sales team",
                today.plusDays(10),
                Set.of(priya, raj),
                Set.of(people.get("erin"))));
        Milestone pilot = new Milestone(
                coalition,
                "Pilot in Engineering and Support",
                "Four weeks of team-chosen core hours in two teams, with a survey before and after.",
                today.plusWeeks(2),
                "Bob Baker");
        pilot.decide(true, "Alice Adams", now.minusSeconds(86400 * 6), "Go ahead, and measure response times.");
        em.persist(pilot);
        Milestone policy = new Milestone(
                coalition,
                "Draft the flexible hours policy",
                "A two-page policy with the company-wide frame and how teams set their core hours.",
                today.plusWeeks(6),
                "Erin Evans");
        em.persist(policy);
        task(
                coalition,
                pilot,
                "Survey both teams before the pilot",
                "bob",
                today.minusDays(3),
                TaskStatus.DONE,
                "42 answers");
        task(
                coalition,
                pilot,
                "Agree core hours with Support",
                "erin",
                today.minusDays(1),
                TaskStatus.IN_PROGRESS,
                "Raj wants a shift rota first");
        task(coalition, pilot, "Measure response times weekly", "bob", today.plusDays(10), TaskStatus.TO_DO, null);
        task(
                coalition,
                policy,
                "Check the policy with Legal",
                "erin",
                today.plusDays(14),
                TaskStatus.BLOCKED,
                "Waiting for Olivia");
        em.persist(new FeedPost(
                c,
                FeedPost.Kind.CELEBRATION,
                now.minusSeconds(86400 * 6),
                "Alice Adams",
                Said.of("said.feed.milestoneApproved", "Pilot in Engineering and Support", "Alice Adams")));
        em.persist(new FeedPost(
                c,
                FeedPost.Kind.RECOGNITION,
                now.minusSeconds(86400 * 4),
                "Bob Baker",
                Said.of("said.feed.thankYou", "Erin Evans", "for winning Raj over to a fair shift rota.")));
        em.persist(new FeedPost(
                c,
                FeedPost.Kind.UPDATE,
                now.minusSeconds(86400 * 2),
                "Erin Evans",
                "Policy draft is with Legal. Next sync: we review the survey results."));
        differences(coalition, priya, tom, raj, now);
        rhythm(c, today, now);
        Coalition troubledCoalition = troubled(today, now);
        // A few weeks of daily health history, so the trend chart has something to show from the start.
        for (int daysAgo = 21; daysAgo >= 1; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            em.persist(HealthSnapshotHistory.demo(coalition.getId(), day, 70 + (21 - daysAgo)));
            em.persist(HealthSnapshotHistory.demo(troubledCoalition.getId(), day, 60 - 2 * (21 - daysAgo)));
        }
        LOG.info("Seeded the demo coalitions \"" + DEMO_COALITION + "\" and \"" + TROUBLED_COALITION + "\"");
    }

    /**
     * A coalition in trouble, so the health advisor has something to say: the main initiative started
     * without a quick win, key stances never checked, a stance that fell in silence, a disagreement
     * nobody touched for a month, and no sync for weeks.
     */
    private Coalition troubled(LocalDate today, Instant now) {
        Coalition coalition = new Coalition(
                new CoalitionDraft(
                        TROUBLED_COALITION,
                        "One on-call rota across Engineering and Operations, so nobody is on call more than one week in six.",
                        today.plusMonths(4)),
                "bob",
                "Engineering",
                now.minusSeconds(86400L * 90));
        coalition.moveTo(
                new PhaseDecision.Allowed(
                        Phase.TRUST_BUILDING, Phase.MAIN_INITIATIVE, PhaseTransition.NO_QUICK_WIN_WARNING),
                now.minusSeconds(86400L * 40));
        em.persist(coalition);
        em.persist(new Membership(coalition, people.get("alice"), CoalitionRole.SPONSOR, "bob", now));
        em.persist(new Membership(coalition, people.get("bob"), CoalitionRole.MEMBER, "bob", now));
        em.persist(new Membership(coalition, people.get("erin"), CoalitionRole.MEMBER, "bob", now));
        Stakeholder marcus = stakeholder(
                coalition,
                "Marcus Grant",
                "Director of Operations",
                Level.DIRECTOR,
                "Operations",
                5,
                4,
                Set.of(Resource.BUDGET, Resource.DECISION_RIGHTS),
                Stance.SUPPORTER,
                "bob",
                today.minusDays(100));
        Stakeholder jana = stakeholder(
                coalition,
                "Jana Novak",
                "Head of Site Reliability",
                Level.MANAGER,
                "Engineering",
                4,
                5,
                Set.of(Resource.PEOPLE, Resource.EXPERTISE),
                Stance.SKEPTIC,
                "erin",
                today.minusDays(20));
        em.persist(new StanceChange(
                jana,
                Stance.SUPPORTER,
                Stance.SKEPTIC,
                now.minusSeconds(86400L * 20),
                "Erin Evans",
                "Heard she is unhappy in the hallway"));
        Instant month = now.minusSeconds(86400L * 30);
        Difference pay = new Difference(
                coalition,
                "On-call pay",
                "Operations pays on-call per week, Engineering per call.",
                "Bob Baker",
                month);
        pay.addParty(marcus, "Keep per-week pay.", "A predictable budget.", month);
        em.persist(pay);
        em.persist(new FeedPost(
                coalition.getId(), FeedPost.Kind.UPDATE, month, "Bob Baker", "Rota draft shared with both teams."));
        return coalition;
    }

    /** One disagreement still being worked through, and one settled with the dissent kept on record. */
    private void differences(Coalition coalition, Stakeholder priya, Stakeholder tom, Stakeholder raj, Instant now) {
        Instant opened = now.minusSeconds(86400L * 12);
        Difference reachability = new Difference(
                coalition,
                "Fixed reachability or focus time",
                "Sales wants everyone reachable 9\u201317; Engineering wants long blocks without meetings or calls.",
                "Erin Evans",
                opened);
        reachability.addParty(
                priya,
                "Everyone reachable from 9 to 17, every working day.",
                "Customers must reach their account manager when they need them; quarterly targets depend on it.",
                opened);
        reachability.addParty(
                tom,
                "Shared core hours 10\u201315 only; the rest of the day is focus time.",
                "Engineers lose focus when meetings and calls are spread over the day.",
                opened);
        reachability.recordOptions(
                "1. Everyone 9\u201317\n2. Core hours 10\u201315 for all\n"
                        + "3. Core hours 10\u201315 plus a reachability rota per customer-facing team",
                now.minusSeconds(86400L * 5));
        reachability.startDiscussion(now.minusSeconds(86400L * 3));
        em.persist(reachability);

        Instant earlier = now.minusSeconds(86400L * 30);
        Difference approval = new Difference(
                coalition,
                "Who approves a team's core hours",
                "Should HR sign off each team's core hours, or the team lead alone?",
                "Bob Baker",
                earlier);
        approval.addParty(
                people.get("bob"),
                "The team lead decides with the team.",
                "Teams know their own rhythm; a central sign-off would slow the pilot down.",
                earlier);
        approval.addParty(
                raj,
                "HR signs off every team's hours.",
                "Shift and office staff must be treated the same way across teams.",
                earlier);
        approval.resolve(
                "Team leads decide with their team; HR reviews all core hours once a quarter.",
                "Keeps decisions close to the teams while HR can still spot unfair differences between them.",
                "Raj still thinks support shifts need HR sign-off before each change.",
                "Alice Adams",
                now.minusSeconds(86400L * 20));
        em.persist(approval);
    }

    /** A weekly Thursday sync at 09:30, Berlin time, and the notes of the last three. */
    private void rhythm(long coalitionId, LocalDate today, Instant now) {
        LocalDate lastThursday = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        Cadence thursdays = Cadence.weekly(
                lastThursday.minusWeeks(8),
                DayOfWeek.THURSDAY,
                LocalTime.of(9, 30),
                Duration.ofMinutes(45),
                ZoneId.of("Europe/Berlin"));
        byte[] token = new byte[24];
        new SecureRandom().nextBytes(token);
        em.persist(new SyncCadence(
                coalitionId,
                thursdays,
                Base64.getUrlEncoder().withoutPadding().encodeToString(token),
                "Bob Baker",
                now.minusSeconds(86400 * 60)));
        syncNote(
                coalitionId,
                lastThursday.minusWeeks(2),
                "Erin Evans",
                "Bob Baker, Erin Evans, Alice Adams",
                "Pilot in Engineering and Support; Bob proposes it as a milestone.",
                "Bob: survey both teams before the pilot. Erin: talk to Raj about Support's shifts.");
        syncNote(
                coalitionId,
                lastThursday.minusWeeks(1),
                "Bob Baker",
                "Bob Baker, Erin Evans",
                "Support joins the pilot if we agree a fair shift rota first.",
                "Erin: draft the rota with Raj. Bob: set up the weekly response-time measurement.");
        syncNote(
                coalitionId,
                lastThursday,
                "Erin Evans",
                "Bob Baker, Erin Evans, Alice Adams, Carol Chen (observing)",
                "Policy draft goes to Legal before the sponsors see it.",
                "Erin: chase Olivia in Legal. Bob: share the survey results at the next sync.");
    }

    private void syncNote(
            long coalitionId, LocalDate heldOn, String writer, String attendees, String decisions, String nextSteps) {
        em.persist(new SyncNote(
                coalitionId,
                new SyncNoteDraft(heldOn, attendees, decisions, nextSteps),
                writer,
                heldOn.atTime(11, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant()));
    }

    private void task(
            Coalition coalition,
            Milestone milestone,
            String title,
            String assignee,
            LocalDate due,
            TaskStatus status,
            String notes) {
        Task task = new Task(coalition, milestone, title, people.get(assignee), due);
        task.update(status, notes);
        em.persist(task);
    }

    private void person(String username, String name, String department) {
        Person person = em.createQuery("SELECT p FROM Person p WHERE p.username = :u", Person.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Person created = new Person(username, name, username + "@example.com", department);
                    em.persist(created);
                    return created;
                });
        people.put(username, person);
    }

    private Stakeholder stakeholder(
            Coalition coalition,
            String name,
            String title,
            Level level,
            String department,
            int influence,
            int interest,
            Set<Resource> resources,
            Stance stance,
            String owner,
            LocalDate stanceSince) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName(name);
        draft.setTitle(title);
        draft.setLevel(level);
        draft.setDepartment(department);
        draft.setInfluence(influence);
        draft.setInterest(interest);
        draft.setResources(EnumSet.copyOf(resources));
        draft.setStance(stance);
        Stakeholder stakeholder =
                new Stakeholder(coalition, draft, owner == null ? null : people.get(owner), stanceSince);
        em.persist(stakeholder);
        em.persist(new StanceChange(
                stakeholder, null, stance, Instant.now().minusSeconds(86400L * 60), "Bob Baker", "First recorded"));
        return stakeholder;
    }

    /** Returns the first motivation heard. */
    private Motivation conversation(
            Stakeholder stakeholder,
            LocalDate on,
            String heldBy,
            String notes,
            Map<MotivationCategory, String> motivations) {
        Conversation conversation = new Conversation(
                stakeholder,
                on,
                people.get(heldBy),
                List.of("What challenges is your team facing?", "How could this initiative make your work easier?"),
                notes);
        Motivation first = null;
        int strength = 3;
        for (var entry : new TreeMap<>(motivations).entrySet()) {
            Motivation m = conversation.heard(entry.getKey(), entry.getValue(), strength);
            strength = Math.max(1, strength - 1);
            if (first == null) {
                first = m;
            }
        }
        em.persist(conversation);
        stakeholder.conversationHeldOn(on);
        return first;
    }
}
