package org.coalition.health;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coalition.access.Roles;
import org.coalition.platform.MailSender;
import org.coalition.rhythm.FeedPost;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reminder job: once a day it works out, with {@link ReminderRules}, which coalitions need a nudge —
 * a sync due, one-on-ones due, disagreements gone stale — posts each reminder to the coalition's feed and,
 * when mail is configured, e-mails the people concerned.
 * <p>
 * Safe on a cluster: the timer is not persistent, so every server fires it, but each reminder is first
 * claimed by inserting its key ({@link SentReminder}, unique per coalition) in its own transaction together
 * with the feed post; the server that loses the race rolls back and sends nothing.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed(Roles.ADMIN)
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());
    private static final ZoneId ZONE = ZoneId.systemDefault();
    static final String AUTHOR = "Coalition reminders";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Inject
    private HealthSettings settings;

    @Inject
    private MailSender mail;

    @Inject
    @ConfigProperty(name = "coalition.base-url", defaultValue = "http://localhost:8080/coalition")
    String baseUrl;

    /** The daily run ({@link ScheduledJobs}); every server of a cluster fires it, each reminder goes out once. */
    @PermitAll // the container's timer calls it, with no caller
    public int sendScheduledReminders() {
        return remindAll(LocalDate.now(ZONE));
    }

    /** Sends today's reminders now (administrators; the daily job does the same); returns how many were posted. */
    public int sendReminders() {
        return remindAll(LocalDate.now(ZONE));
    }

    int remindAll(LocalDate today) {
        ReminderRules rules = new ReminderRules(settings.thresholds(), settings.reminders());
        List<Object[]> coalitions = em.createQuery("""
                        SELECT c.id, c.name FROM Coalition c WHERE c.phase <> org.coalition.coalition.Phase.CLOSED ORDER BY c.id""", Object[].class).getResultList();
        int posted = 0;
        try (MailSender.Outbox outbox = mail.open()) {
            for (Object[] coalition : coalitions) {
                long id = (Long) coalition[0];
                try {
                    posted += remind(id, (String) coalition[1], rules, today, outbox);
                } catch (RuntimeException e) {
                    // one coalition's trouble must not keep the others from their reminders
                    LOG.log(Level.WARNING, "Reminders for coalition " + id + " failed", e);
                }
            }
        }
        return posted;
    }

    private int remind(long coalitionId, String name, ReminderRules rules, LocalDate today, MailSender.Outbox outbox) {
        CoalitionFacts facts = new FactsQuery(em).read(coalitionId);
        Map<Long, String> owners = new HashMap<>();
        em.createQuery(
                        "SELECT s.id, o.username FROM Stakeholder s JOIN s.relationshipOwner o WHERE s.coalition.id = :c",
                        Object[].class)
                .setParameter("c", coalitionId)
                .getResultList()
                .forEach(row -> owners.put((Long) row[0], (String) row[1]));
        List<String> members =
                em.createQuery("""
                        SELECT p.username FROM Membership m JOIN m.person p WHERE m.coalition.id = :c
                        AND m.role <> org.coalition.coalition.CoalitionRole.OBSERVER ORDER BY p.username""", String.class).setParameter("c", coalitionId).getResultList();
        List<Reminder> reminders = rules.remindersFor(facts, owners, members, today);
        if (reminders.isEmpty()) {
            return 0;
        }
        Set<String> sent = new HashSet<>(em.createQuery("""
                        SELECT r.key FROM SentReminder r WHERE r.coalitionId = :c AND r.sentOn >= :since""", String.class)
                .setParameter("c", coalitionId)
                .setParameter("since", today.minusDays(settings.reminders().repeatDays() + 1L))
                .getResultList());
        int posted = 0;
        for (Reminder reminder : reminders) {
            if (!sent.contains(reminder.key()) && claimAndPost(coalitionId, reminder, today)) {
                posted++;
                email(coalitionId, name, reminder, outbox);
            }
        }
        return posted;
    }

    /** Records the reminder and posts it in one transaction; false when another server got there first. */
    private boolean claimAndPost(long coalitionId, Reminder reminder, LocalDate today) {
        try {
            transaction.begin();
            em.persist(new SentReminder(coalitionId, reminder, today));
            em.flush(); // the unique key decides who posts
            em.persist(new FeedPost(coalitionId, FeedPost.Kind.REMINDER, Instant.now(), AUTHOR, reminder.text()));
            transaction.commit();
            return true;
        } catch (Exception e) {
            rollback();
            LOG.log(Level.FINE, "Reminder {0} of coalition {1} was already sent", new Object[] {
                reminder.key(), coalitionId
            });
            return false;
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not roll back a reminder", e);
        }
    }

    private void email(long coalitionId, String coalitionName, Reminder reminder, MailSender.Outbox outbox) {
        if (!mail.isConfigured() || reminder.recipients().isEmpty()) {
            return;
        }
        List<String> addresses =
                em.createQuery("""
                        SELECT p.email FROM Person p WHERE p.username IN :u AND p.email IS NOT NULL ORDER BY p.username""", String.class).setParameter("u", reminder.recipients()).getResultList().stream()
                        .filter(a -> !a.isBlank())
                        .toList();
        try {
            outbox.send(
                    addresses,
                    "[Coalition] " + coalitionName + ": "
                            + reminder.kind().label().toLowerCase(),
                    reminder.text() + "\n\nOpen the coalition: " + baseUrl + "/coalitions/dashboard.xhtml?id="
                            + coalitionId
                            + "\n\nYou receive this because you are a member of the coalition \u201C" + coalitionName
                            + "\u201D or own one of its stakeholder relationships.\n");
        } catch (MessagingException e) {
            // the reminder is on the feed already; mail is best effort
            LOG.log(
                    Level.WARNING,
                    "Could not e-mail reminder " + reminder.key() + " of coalition " + coalitionId + ": "
                            + e.getMessage());
        }
    }
}
