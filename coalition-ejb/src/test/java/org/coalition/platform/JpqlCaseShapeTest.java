package org.coalition.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every CASE the services write has exactly one WHEN (nest them for more). Payara's EclipseLink prints every CASE
 * through one operator shared by all threads; two CASEs with different numbers of WHENs printed at the same moment
 * break each other's SQL (eclipse-ee4j/eclipselink issue 2136): the bench's soak saw it as a stakeholder page answered 503.
 */
class JpqlCaseShapeTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern WORD = Pattern.compile("\\b(CASE|WHEN|END)\\b");
    private static final Pattern LITERAL =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\\\n])*)\"", Pattern.DOTALL);

    @Test
    void every_case_in_the_services_has_one_when() throws IOException {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (String text : caseTexts(Files.readString(file))) {
                    cases++;
                    wrong.add(file.getFileName() + ": " + text);
                }
            }
        }
        wrong.removeIf(found -> !found.contains("WHEN ×"));
        assertEquals(List.of(), wrong);
        assertTrue(cases > 10, "found the CASEs: " + cases);
    }

    @Test
    void the_check_sees_a_case_of_two_whens_and_accepts_nested_ones() {
        assertEquals(
                List.of("WHEN × 2"),
                caseTexts("\"CASE WHEN a THEN 0\" + \" WHEN b THEN 1 ELSE 2 END\"").stream()
                        .filter(t -> t.contains("×"))
                        .map(t -> t.substring(t.indexOf("WHEN ×")))
                        .toList());
        assertEquals(
                2,
                caseTexts("\"CASE WHEN a THEN (CASE WHEN b THEN 0 ELSE 1 END) ELSE 2 END\"").stream()
                        .filter(t -> !t.contains("×"))
                        .count());
    }

    /** Every CASE in the file's string literals (queries are upper case), marked "WHEN × n" when n > 1. */
    static List<String> caseTexts(String source) {
        StringBuilder literals = new StringBuilder();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            literals.append(literal.group(1) != null ? literal.group(1) : literal.group(2))
                    .append(' ');
        }
        String joined = literals.toString();
        List<String> found = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // per open CASE: its start, its WHENs
        Matcher word = WORD.matcher(joined);
        while (word.find()) {
            switch (word.group(1).toUpperCase()) {
                case "CASE" -> open.push(new int[] {word.start(), 0});
                case "WHEN" -> {
                    if (!open.isEmpty()) {
                        open.peek()[1]++;
                    }
                }
                default -> {
                    if (!open.isEmpty()) {
                        int[] closed = open.pop();
                        String text = joined.substring(closed[0], word.end()).replaceAll("\\s+", " ");
                        found.add(closed[1] > 1 ? text + " — WHEN × " + closed[1] : text);
                    }
                }
            }
        }
        return found;
    }
}
