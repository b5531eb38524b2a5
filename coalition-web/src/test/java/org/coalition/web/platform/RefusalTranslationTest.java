package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A service's English refusal reaches a German page in German, values kept; what is unknown stays as it was. */
class RefusalTranslationTest {

    @Test
    void should_translate_a_refusal_with_a_value() {
        assertEquals("Es gibt keine Koalition Nummer 42.",
                I18n.refusal("There is no coalition number 42.", Locale.GERMAN));
    }

    @Test
    void should_translate_the_subject_of_a_concurrent_edit_too() {
        assertEquals("Diese Koalition: Jemand anderes hat das geändert, während Sie bearbeitet haben. Laden Sie neu, um die "
                + "Änderungen zu sehen, und nehmen Sie Ihre dann noch einmal vor.",
                I18n.refusal("This coalition was changed by someone else while you were editing. Reload to see their "
                        + "changes, then apply yours again.", Locale.GERMAN));
    }

    @Test
    void should_prefer_the_most_specific_template_and_keep_the_order_of_values() {
        assertEquals("Über diesen Meilenstein hat alice bereits entschieden (approved), während Sie bearbeitet haben. "
                + "Laden Sie neu, um die Entscheidung zu sehen.",
                I18n.refusal("This milestone was already approved by alice. It was changed by someone else while you were "
                        + "editing. Reload to see their changes, then apply yours again.", Locale.GERMAN));
    }

    @Test
    void should_keep_an_english_page_english_and_an_unknown_message_as_it_is() {
        assertEquals("There is no coalition number 42.", I18n.refusal("There is no coalition number 42.", Locale.ENGLISH));
        assertEquals("Something nobody templated.", I18n.refusal("Something nobody templated.", Locale.GERMAN));
    }

    @Test
    void should_read_apostrophes_in_templates_as_the_services_write_them() {
        assertEquals("Sie dürfen nur Ihre eigenen Aufgaben aktualisieren; diese gehört Erin.",
                I18n.refusal("You may update only your own tasks; this one is Erin's.", Locale.GERMAN));
    }

    @Test
    void should_name_a_phase_in_the_page_language_inside_a_sentence() {
        assertEquals("Jeder Schritt der Phase Erkundung ist erledigt: Weiter zur Phase Vertrauensaufbau.",
                I18n.refusal("Every step of Discovery is done: move on to Trust building.", Locale.GERMAN));
    }
}
