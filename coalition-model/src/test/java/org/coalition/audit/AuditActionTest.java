package org.coalition.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coalition.rhythm.FeedPost;
import org.junit.jupiter.api.Test;

/** The audit trail's one list of actions keeps the codes the rows were stored with. */
class AuditActionTest {

    /** Every code the services wrote before the list existed (git history up to 2026-12-05): old rows must still read. */
    private static final List<String> STORED_BEFORE = List.of(
            "access.granted",
            "access.revoked",
            "coalition.closed",
            "coalition.phase",
            "coalition.phase.confirmed-warning",
            "coalition.proposed",
            "coalition.rationale",
            "coalition.template",
            "coalition.updated",
            "commitment.recorded",
            "commitment.settled",
            "conversation.logged",
            "difference.discussed",
            "difference.opened",
            "difference.options-recorded",
            "difference.party-added",
            "difference.reopened",
            "difference.resolved",
            "feed.update",
            "feed.celebration",
            "feed.recognition",
            "feed.reminder",
            "framing.revised",
            "framing.written",
            "influence.imported",
            "influence.linksImported",
            "influence.recorded",
            "influence.removed",
            "influence.revised",
            "milestone.approved",
            "milestone.deciders",
            "milestone.proposed",
            "milestone.rejected",
            "milestone.revised",
            "notes.read",
            "notes.redacted",
            "privacy.erased",
            "privacy.exported",
            "purpose.revised",
            "quickwin.abandoned",
            "quickwin.completed",
            "quickwin.planned",
            "quickwin.started",
            "rhythm.cadence-set",
            "rhythm.feed-created",
            "rhythm.feed-regenerated",
            "rhythm.sync-recorded",
            "stakeholder.added",
            "stakeholder.decisionRole",
            "stakeholder.imported",
            "stakeholder.stance",
            "stakeholder.updated",
            "stakeholders.imported",
            "task.created",
            "task.updated");

    @Test
    void should_read_every_code_stored_before_the_list_existed() {
        Set<String> unknown = STORED_BEFORE.stream()
                .filter(code -> AuditAction.find(code).isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown, "renaming a code needs a migration of the stored rows");
        for (String code : STORED_BEFORE) {
            assertEquals(code, AuditAction.ofCode(code).code());
        }
    }

    @Test
    void should_have_one_code_per_action_that_fits_its_column() {
        Set<String> codes = new TreeSet<>();
        for (AuditAction action : AuditAction.values()) {
            assertTrue(codes.add(action.code()), "two actions share " + action.code());
            assertTrue(action.code().length() <= 60, action + " does not fit audit_entry.action");
            assertTrue(action.code().matches("[a-z]+(\\.[a-zA-Z-]+)+"), action.code());
        }
        assertEquals(AuditAction.values().length, codes.size());
    }

    @Test
    void should_refuse_a_code_that_is_not_on_the_list() {
        assertEquals(Optional.empty(), AuditAction.find("milestone.exploded"));
        assertEquals(Optional.empty(), AuditAction.find(null));
        assertThrows(IllegalArgumentException.class, () -> AuditAction.ofCode("milestone.exploded"));
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditAction.ofCode("MILESTONE_APPROVED"),
                "the code, not the name");
    }

    @Test
    void should_record_a_feed_post_under_the_code_its_kind_always_had() {
        for (FeedPost.Kind kind : FeedPost.Kind.values()) {
            assertEquals(
                    "feed." + kind.name().toLowerCase(Locale.ROOT),
                    AuditAction.posted(kind).code());
        }
        assertEquals(
                FeedPost.Kind.values().length,
                Arrays.stream(FeedPost.Kind.values())
                        .map(AuditAction::posted)
                        .distinct()
                        .count());
    }

    @Test
    void should_store_the_code_and_give_the_action_back() {
        AuditEntry entry = new AuditEntry(
                7L,
                Instant.EPOCH,
                "bob",
                AuditAction.MILESTONE_APPROVED,
                "Milestone",
                3L,
                "Pilot",
                "PROPOSED",
                "APPROVED");

        assertEquals("milestone.approved", entry.getAction());
        assertEquals(AuditAction.MILESTONE_APPROVED, entry.getAuditAction());
    }

    @Test
    void should_give_no_action_for_a_row_whose_code_is_not_on_the_list() throws ReflectiveOperationException {
        AuditEntry entry =
                new AuditEntry(7L, Instant.EPOCH, "bob", AuditAction.TASK_UPDATED, "Task", 3L, "x", null, null);
        var action = AuditEntry.class.getDeclaredField("action");
        action.setAccessible(true);
        action.set(entry, "edited.by-hand");

        assertNull(entry.getAuditAction());
        assertEquals("edited.by-hand", entry.getAction());
    }
}
