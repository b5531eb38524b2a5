package org.coalition.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTest {

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("plain", "Name,Department\nAnn,Sales\n", List.of(List.of("Ann", "Sales"))),
                Arguments.of(
                        "CRLF line ends",
                        "Name,Department\r\nAnn,Sales\r\nBo,HR\r\n",
                        List.of(List.of("Ann", "Sales"), List.of("Bo", "HR"))),
                Arguments.of("no final line break", "Name,Department\nAnn,Sales", List.of(List.of("Ann", "Sales"))),
                Arguments.of(
                        "quoted comma", "Name,Department\n\"Lee, Ann\",Sales\n", List.of(List.of("Lee, Ann", "Sales"))),
                Arguments.of(
                        "doubled quote",
                        "Name,Department\n\"Ann \"\"the boss\"\" Lee\",Sales\n",
                        List.of(List.of("Ann \"the boss\" Lee", "Sales"))),
                Arguments.of(
                        "line break inside quotes",
                        "Name,Notes\nAnn,\"first line\r\nsecond line\"\n",
                        List.of(List.of("Ann", "first line\r\nsecond line"))),
                Arguments.of("byte order mark", "\uFEFFName,Department\nAnn,Sales\n", List.of(List.of("Ann", "Sales"))),
                Arguments.of(
                        "semicolons (European Excel)",
                        "Name;Department;Notes\nAnn;Sales;a, b\n",
                        List.of(List.of("Ann", "Sales", "a, b"))),
                Arguments.of("tabs", "Name\tDepartment\nAnn\tSales\n", List.of(List.of("Ann", "Sales"))),
                Arguments.of(
                        "blank lines skipped", "Name,Department\n\nAnn,Sales\n,\n", List.of(List.of("Ann", "Sales"))),
                Arguments.of(
                        "empty fields kept",
                        "Name,Title,Department\nAnn,,Sales\n",
                        List.of(List.of("Ann", "", "Sales"))),
                Arguments.of(
                        "space before a quote",
                        "Name,Department\nAnn, \"Sales, EMEA\"\n",
                        List.of(List.of("Ann", "Sales, EMEA"))),
                Arguments.of(
                        "quoted separator in the header does not count",
                        "\"a;b\",c\n1,2\n",
                        List.of(List.of("1", "2"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void should_read_rfc4180_records(String description, String text, List<List<String>> rows) {
        assertEquals(rows, Csv.read(text).rows());
    }

    @Test
    void should_take_the_first_record_as_header() {
        assertEquals(
                List.of("Name", "Department"),
                Csv.read("\uFEFF Name ;Department\nAnn;Sales").header());
    }

    @Test
    void should_refuse_an_unclosed_quote_and_an_empty_file() {
        assertThrows(ExchangeException.class, () -> Csv.read("Name\n\"Ann"));
        assertThrows(ExchangeException.class, () -> Csv.read(""));
        assertThrows(ExchangeException.class, () -> Csv.read("\n\n"));
    }

    @Test
    void should_write_what_it_reads_back() {
        Table table = new Table.Builder("Name", "Notes", "Score")
                .row("Lee, Ann", "said \"yes\"\nthen left", -3)
                .row("Bo", "", 4)
                .row("Ümit Çelik", "semi;colon", null)
                .build();
        StringWriter out = new StringWriter();
        Csv.write(table, out);
        assertEquals(table, Csv.read(out.toString()));
        assertEquals('\uFEFF', out.toString().charAt(0));
    }

    static Stream<Arguments> formulas() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("+cmd", "'+cmd"),
                Arguments.of("-cmd", "'-cmd"),
                // text, whatever it looks like: only a number column writes numbers (FormulaInjectionTest)
                Arguments.of("-3", "'-3"),
                Arguments.of("+49 30 1234", "'+49 30 1234"),
                Arguments.of("plain", "plain"),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("formulas")
    void should_keep_spreadsheets_from_running_cells_as_formulas(String cell, String written) {
        assertEquals(written, Csv.defuse(cell));
    }
}
