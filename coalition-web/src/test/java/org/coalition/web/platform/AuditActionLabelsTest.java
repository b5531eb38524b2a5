package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coalition.audit.AuditAction;
import org.junit.jupiter.api.Test;

/** Every action of the audit trail has its words in both languages, so no page shows a bare code. */
class AuditActionLabelsTest {

    private static final String PREFIX = "enum.AuditAction.";

    @Test
    void should_word_every_audit_action_in_english_and_german() throws IOException {
        for (String bundle : List.of("/org/coalition/web/Pages.properties", "/org/coalition/web/Pages_de.properties")) {
            assertEquals(Set.of(), missing(PagesBundleTest.load(bundle)), "audit actions without words in " + bundle);
        }
    }

    @Test
    void should_have_no_words_for_an_action_that_is_not_on_the_list() throws IOException {
        Set<String> names = Arrays.stream(AuditAction.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> stale = PagesBundleTest.load("/org/coalition/web/Pages.properties").stringPropertyNames().stream()
                .filter(k -> k.startsWith(PREFIX) && !names.contains(k.substring(PREFIX.length())))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), stale);
    }

    @Test
    void should_find_a_missing_label() {
        Properties english = new Properties();
        english.setProperty(PREFIX + AuditAction.TASK_CREATED.name(), "Task created");

        Set<String> missing = missing(english);

        assertEquals(AuditAction.values().length - 1, missing.size());
        assertEquals(false, missing.contains(PREFIX + AuditAction.TASK_CREATED.name()));
        Properties blank = new Properties();
        Arrays.stream(AuditAction.values())
                .forEach(a -> blank.setProperty(PREFIX + a.name(), a == AuditAction.TASK_UPDATED ? " " : "x"));
        assertEquals(Set.of(PREFIX + "TASK_UPDATED"), missing(blank), "a blank text is no text");
    }

    @Test
    void should_show_the_page_s_language() {
        assertEquals("Meilenstein genehmigt", I18n.bundle(Locale.GERMAN).getString(PREFIX + "MILESTONE_APPROVED"));
        assertEquals("Milestone approved", I18n.bundle(Locale.ENGLISH).getString(PREFIX + "MILESTONE_APPROVED"));
        for (AuditAction action : AuditAction.values()) {
            assertNotEquals(
                    action.code(), I18n.bundle(Locale.GERMAN).getString(PREFIX + action.name()), "words, not the code");
        }
    }

    /** The keys of the actions that have no text (or a blank one) in the bundle. */
    static Set<String> missing(Properties texts) {
        return Arrays.stream(AuditAction.values())
                .map(a -> PREFIX + a.name())
                .filter(k ->
                        texts.getProperty(k) == null || texts.getProperty(k).isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
