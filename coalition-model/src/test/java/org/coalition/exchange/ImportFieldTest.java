package org.coalition.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one way imports guess their columns, tried on a field enum of its own (the real ones have their own tests). */
class ImportFieldTest {

    /** The export header of each is its name in words ("Blood orange"). */
    enum Fruit implements ImportField {
        APPLE("pomme", "Äpfel"),
        PEAR("poire"),
        BLOOD_ORANGE;

        private final List<String> synonyms;

        Fruit(String... synonyms) {
            this.synonyms = List.of(synonyms);
        }

        @Override
        public String header() {
            return name().charAt(0)
                    + name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        @Override
        public List<String> synonyms() {
            return synonyms;
        }
    }

    @Test
    void should_match_a_header_by_its_export_name_constant_name_or_synonym_without_case_accents_or_punctuation() {
        assertEquals("Blood orange", Fruit.BLOOD_ORANGE.header());
        assertTrue(Fruit.APPLE.matches(" APPLE "));
        assertTrue(Fruit.APPLE.matches("Pomme"));
        assertTrue(Fruit.APPLE.matches("apfel"));
        assertTrue(Fruit.BLOOD_ORANGE.matches("blood_orange"));
        assertTrue(Fruit.BLOOD_ORANGE.matches("Blood-Orange"));
        assertFalse(Fruit.PEAR.matches("Apple"));
        assertFalse(Fruit.PEAR.matches("  "));
        assertFalse(Fruit.PEAR.matches(null));
    }

    @Test
    void should_give_each_field_to_the_first_column_that_names_it_and_ignore_the_rest() {
        assertEquals(
                Arrays.asList(Fruit.PEAR, null, Fruit.APPLE, null, Fruit.BLOOD_ORANGE),
                ImportField.guess(Fruit.class, List.of("Poire", "Plum", "Apple", "pomme", "Blood orange")));
        assertEquals(List.of(), ImportField.guess(Fruit.class, List.of()));
    }

    @Test
    void should_key_a_text_as_lower_case_letters_and_digits_without_accents() {
        assertEquals("jobtitle", ImportField.key("Job-Title "));
        assertEquals("starke2", ImportField.key("Stärke 2"));
        assertEquals("", ImportField.key(null));
    }
}
