package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditEntry;
import org.coalition.rhythm.FeedPost;
import org.coalition.shared.Said;
import org.junit.jupiter.api.Test;

/**
 * Feed posts and audit entries the system writes keep a key and values, so each reader reads them in their
 * language; what people wrote, and rows from before, are shown as they were written.
 */
class StoredTextTranslationTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void should_show_a_system_feed_post_to_a_german_reader_in_german() {
        FeedPost post = new FeedPost(
                7,
                FeedPost.Kind.CELEBRATION,
                NOW,
                "Alice Adams",
                Said.of("said.feed.milestoneApproved", "Pilot in two teams", "Alice Adams"));

        assertEquals(
                "Meilenstein „Pilot in two teams“ von Alice Adams freigegeben. Gut gemacht, alle zusammen!",
                I18n.said(post.getSaid(), Locale.GERMAN));
        assertEquals(
                "Milestone “Pilot in two teams” approved by Alice Adams. Well done, everyone!",
                I18n.said(post.getSaid(), Locale.ENGLISH));
        assertEquals(I18n.said(post.getSaid(), Locale.ENGLISH), post.getText(), "the English is kept as the text");
        assertEquals("said.feed.milestoneApproved", post.getTextKey());
    }

    @Test
    void should_show_a_system_audit_entry_to_a_german_reader_in_german() {
        AuditEntry entry = new AuditEntry(
                7L,
                NOW,
                "bob",
                AuditAction.CONVERSATION_LOGGED,
                "Conversation",
                3L,
                Said.of("said.audit.conversationLogged", "Jana Novak", "2026-11-20", "2"),
                "NEUTRAL",
                "SUPPORTER");

        assertEquals(
                "Einzelgespräch mit Jana Novak am 2026-11-20, 2 Motivation(en)",
                I18n.said(entry.getSaidSummary(), Locale.GERMAN));
        assertEquals("One-on-one with Jana Novak on 2026-11-20, 2 motivation(s)", entry.getSummary());
        assertEquals(
                "Phase gewechselt",
                I18n.said(
                        new AuditEntry(
                                        7L,
                                        NOW,
                                        "bob",
                                        AuditAction.PHASE_CHANGED,
                                        "Coalition",
                                        7L,
                                        Said.of("said.audit.phaseChanged"),
                                        "DISCOVERY",
                                        "TRUST_BUILDING")
                                .getSaidSummary(),
                        Locale.GERMAN));
    }

    @Test
    void should_show_what_people_wrote_and_rows_from_before_as_written() {
        FeedPost update =
                new FeedPost(7, FeedPost.Kind.UPDATE, NOW, "Erin Evans", "Policy draft is with Legal. {0} it''s '{1}'");
        AuditEntry old =
                new AuditEntry(7L, NOW, "bob", AuditAction.PHASE_CHANGED, "Coalition", 7L, "Phase changed", "A", "B");

        assertEquals("Policy draft is with Legal. {0} it''s '{1}'", I18n.said(update.getSaid(), Locale.GERMAN));
        assertNull(update.getTextKey());
        assertEquals(
                "Phase changed", I18n.said(old.getSaidSummary(), Locale.GERMAN), "an old row reads as it was stored");
        assertEquals(
                "",
                I18n.said(
                        new AuditEntry(7L, NOW, "bob", AuditAction.NOTES_READ, null, null, (String) null, null, null)
                                .getSaidSummary(),
                        Locale.GERMAN));
    }

    @Test
    void should_keep_values_as_they_were_given() {
        Said thanks = Said.of("said.feed.thankYou", "Raj {1}", "for 'the' rota\u001F, and more");
        FeedPost post = new FeedPost(7, FeedPost.Kind.RECOGNITION, NOW, "Bob Baker", thanks);

        assertEquals(
                List.of("Raj {1}", "for 'the' rota, and more"), post.getSaid().arguments());
        assertEquals("Danke, Raj {1}: for 'the' rota, and more", I18n.said(post.getSaid(), Locale.GERMAN));
        assertEquals(
                Said.of("said.audit.feedCreated"), Said.stored("said.audit.feedCreated", "", "Calendar feed created"));
    }

    @Test
    void should_keep_only_the_english_when_the_values_do_not_fit() {
        String long3000 = "x".repeat(3000);
        AuditEntry entry = new AuditEntry(
                7L,
                NOW,
                "bob",
                AuditAction.COALITION_CLOSED,
                "Coalition",
                7L,
                Said.of("said.audit.warningConfirmed", long3000),
                null,
                null);

        assertNull(entry.getSummaryKey());
        assertEquals(500, entry.getSummary().length(), "clipped as every summary is");
        assertEquals(entry.getSummary(), I18n.said(entry.getSaidSummary(), Locale.GERMAN));
    }
}
