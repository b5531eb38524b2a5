package org.coalition.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.difference.DifferenceDraft;
import org.coalition.difference.DifferenceService;
import org.coalition.rhythm.CadenceDraft;
import org.coalition.rhythm.FeedPost;
import org.coalition.rhythm.FeedService;
import org.coalition.rhythm.RhythmService;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsDana;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminder job against the real database and a real SMTP server: GreenMail listening on 127.0.0.1:3925,
 * where the post-boot file points {@code coalition.mail.smtp.*}.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderServiceIT {

    private static final int SMTP_PORT = 3925;

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    ReminderService reminders;

    @EJB
    CoalitionService coalitions;

    @EJB
    StakeholderService stakeholders;

    @EJB
    DifferenceService differences;

    @EJB
    RhythmService rhythm;

    @EJB
    FeedService feed;

    @EJB
    TestData data;

    @EJB
    AsBob bob;

    @EJB
    AsDana dana;

    @EJB
    org.coalition.testsupport.AsErin erin;

    @EJB
    org.coalition.commitment.CommitmentService commitments;

    /** A coalition that needs all three reminders today: sync today, a key stakeholder never met, a stale disagreement. */
    private record Troubled(long id, String name) {}

    private Troubled troubled() {
        String name = "Reminders " + UUID.randomUUID().toString().substring(0, 8);
        data.person("bob"); // with an e-mail address, as after a sign-in
        long c = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        name, "Keep in touch", LocalDate.now().plusMonths(3))))
                .getId();
        data.person("erin", "Finance", false);
        data.grant(c, "erin", CoalitionRole.MEMBER);
        CadenceDraft cadence = new CadenceDraft();
        cadence.setStartsOn(LocalDate.now());
        cadence.setDayOfWeek(LocalDate.now().getDayOfWeek());
        cadence.setTime(LocalTime.of(23, 0));
        cadence.setTimeZone(ZoneId.systemDefault().getId());
        bob.run(() -> rhythm.setCadence(c, null, cadence));

        StakeholderDraft marcus = new StakeholderDraft();
        marcus.setName("Marcus Key");
        marcus.setLevel(Level.DIRECTOR);
        marcus.setDepartment("Operations");
        marcus.setInfluence(5);
        marcus.setInterest(3);
        marcus.setStance(Stance.SUPPORTER);
        marcus.setRelationshipOwner("erin");
        Stakeholder s = bob.call(() -> stakeholders.add(c, marcus));

        long d = bob.call(() ->
                        differences.open(c, new DifferenceDraft("Core hours", "Reachability versus focus", List.of())))
                .getId();
        assertEquals(
                1,
                data.update(
                        "UPDATE Difference d SET d.lastActivityAt = :t WHERE d.id = :id",
                        Map.of("t", Instant.now().minus(20, ChronoUnit.DAYS), "id", d)));
        assertTrue(s.getId() > 0);
        return new Troubled(c, name);
    }

    private List<FeedPost> reminderPosts(long c) {
        return bob.call(() -> feed.latest(c, 100)).stream()
                .filter(p -> p.getKind() == FeedPost.Kind.REMINDER)
                .toList();
    }

    @Test
    void should_post_each_reminder_once_and_email_the_people_concerned() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Troubled c = troubled();
            int posted = dana.call(() -> reminders.sendReminders());
            assertTrue(posted >= 3, posted + " reminders posted");

            List<FeedPost> posts = reminderPosts(c.id());
            assertEquals(
                    3,
                    posts.size(),
                    posts.stream().map(FeedPost::getText).toList().toString());
            assertTrue(posts.stream().allMatch(p -> p.getAuthor().equals(ReminderService.AUTHOR)));
            assertTrue(posts.stream().anyMatch(p -> p.getText().startsWith("The sync is due today")));
            assertTrue(posts.stream()
                    .anyMatch(p -> p.getText().contains("One-on-ones are due with Marcus Key (never held)")));
            assertTrue(posts.stream().anyMatch(p -> p.getText().contains("\u201CCore hours\u201D (20 days)")));

            // erin: the one-on-one she owns, the sync, the stale disagreement; bob: the sync and the disagreement
            smtp.waitForIncomingEmail(10_000, 5);
            List<MimeMessage> ours = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> subject(m).startsWith("[Coalition] " + c.name() + ":"))
                    .toList();
            List<String> toErin = ours.stream()
                    .filter(m -> to(m).equals("erin@example.com"))
                    .map(ReminderServiceIT::subject)
                    .sorted()
                    .toList();
            List<String> toBob = ours.stream()
                    .filter(m -> to(m).equals("bob@example.com"))
                    .map(ReminderServiceIT::subject)
                    .sorted()
                    .toList();
            String prefix = "[Coalition] " + c.name() + ": ";
            assertEquals(
                    List.of(prefix + "one-on-ones due", prefix + "stale disagreements", prefix + "sync due"), toErin);
            assertEquals(List.of(prefix + "stale disagreements", prefix + "sync due"), toBob);
            MimeMessage oneOnOne = ours.stream()
                    .filter(m -> subject(m).endsWith("one-on-ones due"))
                    .findFirst()
                    .orElseThrow();
            String body = (String) oneOnOne.getContent();
            assertTrue(body.contains("Marcus Key (never held)"), body);
            assertTrue(body.contains("/coalitions/dashboard.xhtml?id=" + c.id()), body);
            assertEquals("coalition-it@localhost", oneOnOne.getFrom()[0].toString());

            // the same day again (another server, or a restart): nothing new
            assertEquals(0, dana.call(() -> reminders.sendReminders()));
            assertEquals(3, reminderPosts(c.id()).size());
            assertEquals(
                    ours.size(),
                    Arrays.stream(smtp.getReceivedMessages())
                            .filter(m -> subject(m).startsWith("[Coalition] " + c.name() + ":"))
                            .count());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void should_remind_whoever_promised_of_an_overdue_promise_without_saying_what_it_was() throws Exception {
        String name = "Promises " + UUID.randomUUID().toString().substring(0, 8);
        data.person("bob");
        long c = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        name, "Keep our word", LocalDate.now().plusMonths(3))))
                .getId();
        data.person("erin", "Finance", false);
        data.grant(c, "erin", CoalitionRole.MEMBER);
        StakeholderDraft marcus = new StakeholderDraft();
        marcus.setName("Marcus Key");
        marcus.setLevel(Level.DIRECTOR);
        marcus.setDepartment("Operations");
        marcus.setInfluence(5);
        marcus.setInterest(3);
        marcus.setStance(Stance.SUPPORTER);
        long s = bob.call(() -> stakeholders.add(c, marcus)).getId();
        long k = erin.call(() -> commitments.record(
                        c,
                        new org.coalition.commitment.CommitmentDraft(
                                null,
                                s,
                                null,
                                null,
                                "The secret reorg list",
                                LocalDate.now().plusDays(5))))
                .getId();
        assertEquals(
                1,
                data.update(
                        "UPDATE Commitment k SET k.madeOn = :made, k.dueOn = :due WHERE k.id = :id",
                        Map.of(
                                "made",
                                LocalDate.now().minusDays(10),
                                "due",
                                LocalDate.now().minusDays(3),
                                "id",
                                k)));

        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            dana.call(() -> reminders.sendReminders());
            List<FeedPost> promises = reminderPosts(c).stream()
                    .filter(p -> p.getText().contains("promise of yours"))
                    .toList();
            assertEquals(
                    1,
                    promises.size(),
                    reminderPosts(c).stream().map(FeedPost::getText).toList().toString());
            assertTrue(
                    promises.get(0).getText().startsWith("A promise of yours is due: to Marcus Key (overdue since "),
                    promises.get(0).getText());
            assertTrue(!promises.get(0).getText().contains("reorg"), "what was promised stays out of the feed");

            String subject = "[Coalition] " + name + ": promises due";
            smtp.waitForIncomingEmail(10_000, 1);
            List<String> to = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> subject(m).equals(subject))
                    .map(ReminderServiceIT::to)
                    .toList();
            assertEquals(List.of("erin@example.com"), to, "only to erin, who promised");
            dana.call(() -> reminders.sendReminders());
            assertEquals(
                    1,
                    reminderPosts(c).stream()
                            .filter(p -> p.getText().contains("promise of yours"))
                            .count(),
                    "once a period, however often the job runs");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void should_post_once_when_two_servers_run_the_job_at_the_same_time() throws Exception {
        Troubled c = troubled();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> job = () -> dana.call(() -> reminders.sendReminders());
            List<Future<Integer>> runs = pool.invokeAll(List.of(job, job));
            int total = runs.get(0).get() + runs.get(1).get();
            assertTrue(total >= 3, total + " posted in all");
        } finally {
            pool.shutdown();
        }
        assertEquals(3, reminderPosts(c.id()).size(), "each reminder once, whoever claimed it");
    }

    @Test
    void should_let_only_administrators_send_reminders_by_hand() {
        assertThrows(EJBAccessException.class, () -> bob.call(() -> reminders.sendReminders()));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
