package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.Phase;
import org.coalition.milestone.MilestoneStatus;
import org.coalition.shared.Refusal;
import org.coalition.stakeholder.Stance;
import org.junit.jupiter.api.Test;

/**
 * Every refusal a service can give has its words in both page languages, with the same values as its key says, and
 * the English page says exactly what the exception's English message says; the words of its values are there too.
 */
class RefusalTranslationTest {

    private static final Properties ENGLISH = load("/org/coalition/web/Pages.properties");
    private static final Properties GERMAN = load("/org/coalition/web/Pages_de.properties");
    private static final Properties MESSAGES = load("/org/coalition/shared/Refusals.properties");

    @Test
    void should_have_every_refusal_in_english_and_german_with_the_values_of_its_key() {
        List<String> wrong = new ArrayList<>();
        for (Refusal refusal : Refusal.values()) {
            for (var bundle : List.of(ENGLISH, GERMAN, MESSAGES)) {
                String text = bundle.getProperty(refusal.key());
                if (text == null) {
                    wrong.add(refusal + ": missing in "
                            + (bundle == ENGLISH ? "Pages" : bundle == GERMAN ? "Pages_de" : "Refusals"));
                } else if (new MessageFormat(text).getFormatsByArgumentIndex().length != refusal.arity()) {
                    wrong.add(refusal + ": " + refusal.arity() + " values, but the text has others: " + text);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void should_say_on_an_english_page_what_the_english_message_says() {
        for (Refusal refusal : Refusal.values()) {
            Object[] values = new Object[refusal.arity()];
            for (int i = 0; i < values.length; i++) {
                values[i] = "v" + i;
            }
            assertEquals(refusal.english(values), I18n.refusal(refusal, values, Locale.ENGLISH), refusal.name());
        }
        Object[] worded = {CoalitionRole.OBSERVER, CoalitionAction.DECIDE_MILESTONE};
        assertEquals(
                "As observer of this coalition you may not approve or reject milestones.",
                I18n.refusal(Refusal.ROLE_MAY_NOT, worded, Locale.ENGLISH));
        assertEquals(Refusal.ROLE_MAY_NOT.english(worded), I18n.refusal(Refusal.ROLE_MAY_NOT, worded, Locale.ENGLISH));
    }

    @Test
    void should_word_every_subject_and_action_in_both_languages() {
        for (Refusal.Subject subject : Refusal.Subject.values()) {
            assertTrue(
                    ENGLISH.containsKey(subject.key())
                            && GERMAN.containsKey(subject.key())
                            && MESSAGES.containsKey(subject.key()),
                    subject.name());
            assertEquals(MESSAGES.getProperty(subject.key()), ENGLISH.getProperty(subject.key()), subject.name());
        }
        for (CoalitionAction action : CoalitionAction.values()) {
            String key = I18n.actionKey(action);
            assertTrue(GERMAN.containsKey(key), key);
            assertEquals(action.description(), new MessageFormat(ENGLISH.getProperty(key)).format(new Object[0]), key);
        }
    }

    @Test
    void should_tell_a_refusal_with_a_value_in_german() {
        assertEquals(
                "Es gibt keine Koalition Nummer 42.",
                I18n.refusal(Refusal.NO_COALITION, new Object[] {42L}, Locale.GERMAN));
    }

    @Test
    void should_word_the_subject_of_a_concurrent_edit_in_german() {
        assertEquals(
                "Diese Koalition: Jemand anderes hat das geändert, während Sie bearbeitet haben. Laden Sie neu, um die "
                        + "Änderungen zu sehen, und nehmen Sie Ihre dann noch einmal vor.",
                I18n.refusal(Refusal.CONCURRENT_EDIT, new Object[] {Refusal.Subject.COALITION}, Locale.GERMAN));
    }

    @Test
    void should_keep_the_order_of_values_and_word_a_state_in_lower_case_inside_a_sentence() {
        assertEquals(
                "Über diesen Meilenstein hat alice bereits entschieden (genehmigt), während Sie bearbeitet haben. "
                        + "Laden Sie neu, um die Entscheidung zu sehen.",
                I18n.refusal(
                        Refusal.MILESTONE_DECIDED_MEANWHILE,
                        new Object[] {MilestoneStatus.APPROVED, "alice"},
                        Locale.GERMAN));
        assertEquals(
                "This milestone was already approved by alice. It was changed by someone else while you were editing. "
                        + "Reload to see their changes, then apply yours again.",
                Refusal.MILESTONE_DECIDED_MEANWHILE.english(MilestoneStatus.APPROVED, "alice"));
    }

    @Test
    void should_word_roles_actions_stances_and_phases_in_german() {
        assertEquals(
                "Als Beobachter dieser Koalition dürfen Sie das nicht (Meilensteine genehmigen oder ablehnen).",
                I18n.refusal(
                        Refusal.ROLE_MAY_NOT,
                        new Object[] {CoalitionRole.OBSERVER, CoalitionAction.DECIDE_MILESTONE},
                        Locale.GERMAN));
        assertEquals(
                "Sagen Sie, warum sich die Haltung von Unterstützer zu Skeptiker geändert hat: Der Verlauf der Haltung "
                        + "hält den Grund fest.",
                I18n.refusal(Refusal.SAY_WHY_STANCE, new Object[] {Stance.SUPPORTER, Stance.SKEPTIC}, Locale.GERMAN));
        assertEquals(
                "Die Koalition ist bereits in der Phase Vertrauensaufbau.",
                I18n.refusal(Refusal.PHASE_ALREADY, new Object[] {Phase.TRUST_BUILDING}, Locale.GERMAN));
    }

    @Test
    void should_read_apostrophes_in_templates_as_the_services_write_them() {
        assertEquals("You may update only your own tasks; this one is Erin's.", Refusal.ONLY_OWN_TASKS.english("Erin"));
        assertEquals(
                "Sie dürfen nur Ihre eigenen Aufgaben aktualisieren; diese gehört Erin.",
                I18n.refusal(Refusal.ONLY_OWN_TASKS, new Object[] {"Erin"}, Locale.GERMAN));
    }

    @Test
    void should_name_each_refusal_by_a_stable_problem_type() {
        assertEquals("only-sponsor-decides", Refusal.ONLY_SPONSOR_DECIDES.problemType());
        assertEquals("concurrent-edit", Refusal.CONCURRENT_EDIT.problemType());
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = RefusalTranslationTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        return properties;
    }
}
