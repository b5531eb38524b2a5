package org.coalition.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.coalition.exchange.Table;
import org.coalition.network.InfluenceGraph.Ref;
import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkImportTest {

    private static final Ref ANNA = Ref.stakeholder(1);
    private static final Ref CLEO = Ref.stakeholder(2);
    private static final Ref BOB = Ref.member(7);

    /** Anna and Cleo are stakeholders, two are called Sam, bob is a member; Anna already has Cleo's ear. */
    private static LinkImport checker() {
        return new LinkImport(
                List.of(
                        new LinkImport.Known(ANNA, "Anna Berg", List.of("aberg")),
                        new LinkImport.Known(CLEO, "Cleo Park", List.of()),
                        new LinkImport.Known(Ref.stakeholder(3), "Sam Lee", List.of()),
                        new LinkImport.Known(Ref.stakeholder(4), "Sam Lee", List.of()),
                        new LinkImport.Known(BOB, "Bob Baker", List.of("bob", "bob@example.org"))),
                Set.of(LinkImport.pair(ANNA, CLEO)));
    }

    private static Table table(String... rows) {
        Table.Builder builder = new Table.Builder("From", "To", "Strength", "Kind", "Note");
        for (String row : rows) {
            builder.row((Object[]) Arrays.copyOf(row.split("\\|", -1), 5, String[].class));
        }
        return builder.build();
    }

    private static LinkImport.Row only(String row) {
        Table table = table(row);
        return checker().check(table, LinkField.guess(table.header())).rows().get(0);
    }

    @Test
    void should_guess_the_columns_from_english_and_german_headers_and_the_export() {
        assertEquals(
                List.of(LinkField.FROM, LinkField.TO, LinkField.STRENGTH, LinkField.KIND, LinkField.NOTE),
                LinkField.guess(List.of("From", "To", "Strength", "Kind", "Note")));
        assertEquals(
                List.of(LinkField.FROM, LinkField.TO, LinkField.STRENGTH, LinkField.KIND, LinkField.NOTE),
                LinkField.guess(List.of("Who", "Has the ear of", "Strength", "Kind", "Note")));
        assertEquals(
                Arrays.asList(LinkField.FROM, LinkField.TO, LinkField.STRENGTH, LinkField.KIND, null),
                LinkField.guess(List.of("Von", "An", "Stärke", "Art", "Spalte")));
    }

    @Test
    void should_read_a_link_from_a_member_by_email_and_between_stakeholders_by_name_without_case() {
        LinkImport.Row member = only("bob@example.org|cleo park|3|Holds the budget|Lunch on Fridays");
        assertNull(member.refusal());
        assertEquals(BOB, member.fromRef());
        assertEquals(CLEO, member.toRef());
        assertEquals(3, member.strength());
        assertEquals(InfluenceKind.BUDGET_HOLDER, member.kind());
        assertEquals("Lunch on Fridays", member.note());
        LinkImport.Row between = only("  Cleo   Park |aberg|||");
        assertNull(between.refusal(), "the SSO user name names Anna; empty strength and kind take the form's defaults");
        assertEquals(2, between.strength());
        assertEquals(InfluenceKind.TRUSTED_PEER, between.kind());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Nobody|Cleo Park|2||; said.linkImport.unknownPerson",
                "Bob Baker|Nobody|2||; said.linkImport.unknownPerson",
                "|Cleo Park|2||; said.linkImport.missingPerson",
                "Sam Lee|Cleo Park|2||; said.linkImport.ambiguous",
                "Anna Berg|Bob Baker|2||; said.linkImport.toMember",
                "Cleo Park|Cleo Park|2||; said.linkImport.self",
                "Anna Berg|Cleo Park|2||; said.linkImport.exists",
                "Bob Baker|Cleo Park|0||; said.linkImport.badStrength",
                "Bob Baker|Cleo Park|4||; said.linkImport.badStrength",
                "Bob Baker|Cleo Park|2.5||; said.linkImport.badStrength",
                "Bob Baker|Cleo Park|strong||; said.linkImport.badStrength",
                "Bob Baker|Cleo Park|1.0|Mentor|; ",
                "Bob Baker|Cleo Park|3|Golf buddy|; said.linkImport.badKind",
            })
    void should_refuse_a_row_with_its_reason(String row, String refusal) {
        LinkImport.Row read = only(row);
        assertEquals(refusal, read.refusal() == null ? null : read.refusal().key(), String.valueOf(read.refusal()));
    }

    @Test
    void should_refuse_the_second_row_of_the_same_link_naming_the_first_and_a_note_too_long() {
        Table table =
                table("Bob Baker|Cleo Park|2||", "bob|cleo park|3||", "Bob Baker|Anna Berg|2||" + "x".repeat(1001));
        List<LinkImport.Row> rows =
                checker().check(table, LinkField.guess(table.header())).rows();
        assertNull(rows.get(0).refusal());
        assertEquals("said.linkImport.twiceInFile", rows.get(1).refusal().key());
        assertEquals(List.of("bob", "cleo park", 2), rows.get(1).refusal().arguments(), "row 2 of the sheet");
        assertEquals("said.linkImport.noteTooLong", rows.get(2).refusal().key());
    }

    @Test
    void should_refuse_a_file_without_who_and_whom_or_with_a_field_twice_as_a_whole() {
        Table table = table("Bob Baker|Cleo Park|2||");
        var noWhom = assertThrows(
                Refused.Argument.class,
                () -> checker()
                        .check(
                                table,
                                Arrays.asList(
                                        LinkField.FROM, null, LinkField.STRENGTH, LinkField.KIND, LinkField.NOTE)));
        assertEquals(Refusal.LINK_IMPORT_WHO_AND_WHOM, noWhom.refusal());
        var twice = assertThrows(
                Refused.Argument.class,
                () -> checker()
                        .check(
                                table,
                                Arrays.asList(
                                        LinkField.FROM, LinkField.TO, LinkField.NOTE, LinkField.KIND, LinkField.NOTE)));
        assertEquals(Refusal.LINK_IMPORT_FIELD_TWICE, twice.refusal());
    }
}
