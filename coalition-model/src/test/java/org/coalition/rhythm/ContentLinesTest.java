package org.coalition.rhythm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentLinesTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "plain text           | plain text",
            "a, b                 | a\\, b",
            "a; b                 | a\\; b",
            "C:\\dir              | C:\\\\dir",
            "colon: stays         | colon: stays",
            "\"quotes\" stay      | \"quotes\" stay",
    })
    void should_escape_text_values(String value, String escaped) {
        assertEquals(escaped, ContentLines.escapeText(value));
    }

    @Test
    void should_turn_every_kind_of_line_break_into_backslash_n() {
        assertEquals("one\\ntwo\\nthree\\nfour", ContentLines.escapeText("one\r\ntwo\nthree\rfour"));
    }

    @Test
    void should_drop_control_characters_but_keep_tabs() {
        assertEquals("a\tb", ContentLines.escapeText("a\t\u0000\u0007b\u007F"));
    }

    @ParameterizedTest(name = "{0} octets -> {1} line(s)")
    @CsvSource({"1, 1", "74, 1", "75, 1", "76, 2", "149, 2", "150, 3"})
    void should_fold_at_75_octets(int length, int lines) {
        String folded = ContentLines.fold("x".repeat(length));

        assertEquals(lines, folded.split("\r\n").length);
        assertEquals("x".repeat(length), folded.replace("\r\n ", ""));
    }

    @Test
    void should_not_split_a_character_across_lines() {
        // 'é' is two octets: 37 of them fill 74 octets, the 38th would make 76
        String folded = ContentLines.fold("é".repeat(38));

        assertEquals("é".repeat(37) + "\r\n " + "é", folded);
    }

    @Test
    void should_not_split_a_character_outside_the_basic_plane() {
        // '☕' is three octets, '𝄞' four (a surrogate pair in Java)
        String folded = ContentLines.fold("a".repeat(72) + "𝄞");

        assertEquals("a".repeat(72) + "\r\n 𝄞", folded);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"+01:00, +0100", "-03:30, -0330", "+05:45, +0545", "Z, +0000", "+00:19:32, +001932"})
    void should_write_utc_offsets(String offset, String written) {
        assertEquals(written, ContentLines.offset(ZoneOffset.of(offset)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "Europe/Berlin | Europe/Berlin",
            "+02:00        | '\"+02:00\"'",
    })
    void should_quote_a_parameter_value_only_when_needed(String value, String written) {
        assertEquals(written, ContentLines.parameterValue(value));
    }
}
