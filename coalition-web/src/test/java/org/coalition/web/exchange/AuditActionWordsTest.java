package org.coalition.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.coalition.exchange.TableWriter;
import org.junit.jupiter.api.Test;

/** The audit export keeps each action's code and adds its words in the exporter's language. */
class AuditActionWordsTest {

    private static final List<String> HEADER =
            List.of("When", "Who", "Action", "Record", "Summary", "Old value", "New value");

    private final List<List<Object>> written = new ArrayList<>();
    private final TableWriter table = new TableWriter() {
        @Override
        public void header(List<String> header) {
            written.add(new ArrayList<>(header));
        }

        @Override
        public void row(Object... values) {
            written.add(Arrays.asList(values));
        }
    };

    @Test
    void should_add_the_words_in_german_for_a_german_exporter() {
        AuditActionWords out = new AuditActionWords(table, Locale.GERMAN);
        out.header(HEADER);
        out.row("2026-12-05 10:00", "alice", "milestone.approved", "Milestone 3", "Pilot", "PROPOSED", "APPROVED");

        assertEquals("Aktion (Wortlaut)", written.get(0).get(7));
        assertEquals(
                List.of(
                        "2026-12-05 10:00",
                        "alice",
                        "milestone.approved",
                        "Milestone 3",
                        "Pilot",
                        "PROPOSED",
                        "APPROVED",
                        "Meilenstein genehmigt"),
                written.get(1));
    }

    @Test
    void should_add_the_words_in_english_and_keep_an_unknown_code_as_it_is() {
        AuditActionWords out = new AuditActionWords(table, Locale.ENGLISH);
        out.header(HEADER);
        out.row("2026-12-05 10:00", "alice", "feed.recognition", "FeedPost", "Thanks", null, null);
        out.row("2026-12-05 10:00", "alice", "edited.by-hand", "FeedPost", "x", null, null);

        assertEquals("Action (words)", written.get(0).get(7));
        assertEquals("Recognition posted", written.get(1).get(7));
        assertEquals("edited.by-hand", written.get(2).get(7));
    }

    @Test
    void should_refuse_an_export_without_the_action_column() {
        assertThrows(
                IllegalStateException.class,
                () -> new AuditActionWords(table, Locale.ENGLISH).header(List.of("When", "What")));
    }

    @Test
    void should_pick_the_first_language_of_the_browser_we_have() {
        assertEquals(
                Locale.GERMAN,
                AuditActionWords.language(Collections.enumeration(List.of(Locale.FRENCH, Locale.GERMANY, Locale.US))));
        assertEquals(
                Locale.ENGLISH, AuditActionWords.language(Collections.enumeration(List.of(Locale.UK, Locale.GERMAN))));
        assertEquals(Locale.ENGLISH, AuditActionWords.language(Collections.enumeration(List.of(Locale.FRENCH))));
    }
}
