package org.coalition.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main code names a type by an import, not inline as {@code java.util.List} or {@code org.coalition.x.Y}: a reader
 * sees what a class depends on at its top. Strings (JPQL needs {@code SELECT NEW org.…} and enum literals qualified)
 * and comments are not code and are left alone. Where two types share a simple name, one stays qualified: list the
 * file below with the reason.
 */
class QualifiedNamesTest {

    /** The repository's root, seen from a module. */
    private static final Path ROOT = Path.of("..");

    /** A type named by its package inline, e.g. {@code java.util.List} or {@code org.coalition.shared.Refused}. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])(?:java|javax|jakarta|org|com)\\.[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)*\\.[A-Z]\\w*");

    /**
     * Files that still name types inline: those other work was changing when the rule came (the access table, the
     * health facts, the playbook, commitments, stakeholders, the influence network, the export). May shrink, never grow:
     * a file here without an inline name fails the test too.
     */
    private static final Set<String> NOT_YET = Set.of(
            "coalition-ejb/src/main/java/org/coalition/commitment/CommitmentService.java",
            "coalition-ejb/src/main/java/org/coalition/health/FactsQuery.java",
            "coalition-ejb/src/main/java/org/coalition/network/InfluenceImportService.java",
            "coalition-ejb/src/main/java/org/coalition/network/InfluenceService.java",
            "coalition-ejb/src/main/java/org/coalition/network/PendingDecision.java",
            "coalition-ejb/src/main/java/org/coalition/playbook/TemplateService.java",
            "coalition-ejb/src/main/java/org/coalition/stakeholder/StakeholderDetails.java",
            "coalition-ejb/src/main/java/org/coalition/stakeholder/StakeholderService.java",
            "coalition-model/src/main/java/org/coalition/commitment/CommitmentRow.java",
            "coalition-model/src/main/java/org/coalition/commitment/KeptRatio.java",
            "coalition-model/src/main/java/org/coalition/health/CoalitionFacts.java",
            "coalition-model/src/main/java/org/coalition/health/HealthFacts.java",
            "coalition-model/src/main/java/org/coalition/network/DecisionReadiness.java",
            "coalition-model/src/main/java/org/coalition/network/InfluenceGraph.java",
            "coalition-model/src/main/java/org/coalition/network/InfluenceLayout.java",
            "coalition-model/src/main/java/org/coalition/network/InfluenceLinkRow.java",
            "coalition-model/src/main/java/org/coalition/network/LinkImport.java",
            "coalition-model/src/main/java/org/coalition/network/NetworkFilter.java",
            "coalition-model/src/main/java/org/coalition/network/Participation.java",
            "coalition-model/src/main/java/org/coalition/playbook/ChecklistRule.java",
            "coalition-model/src/main/java/org/coalition/playbook/NextStep.java",
            "coalition-model/src/main/java/org/coalition/playbook/TemplateLines.java",
            "coalition-model/src/main/java/org/coalition/stakeholder/Stakeholder.java",
            "coalition-model/src/main/java/org/coalition/stakeholder/StakeholderRow.java",
            "coalition-web/src/main/java/org/coalition/web/commitment/CommitmentsView.java",
            "coalition-web/src/main/java/org/coalition/web/commitment/StakeholderCommitmentsView.java",
            "coalition-web/src/main/java/org/coalition/web/network/AllyNetworkView.java",
            "coalition-web/src/main/java/org/coalition/web/network/InfluenceNetworkView.java",
            "coalition-web/src/main/java/org/coalition/web/playbook/NewCoalitionView.java",
            "coalition-web/src/main/java/org/coalition/web/stakeholder/StakeholderFormView.java",
            "coalition-web/src/main/java/org/coalition/web/stakeholder/StakeholderMapView.java");

    @Test
    void should_name_types_by_import_in_main_code() throws IOException {
        List<String> inline = new ArrayList<>();
        Set<String> files = new TreeSet<>();
        int scanned = 0;
        for (Path file : mainSources()) {
            scanned++;
            String name = ROOT.relativize(file).toString().replace('\\', '/');
            List<String> found = qualifiedNames(Files.readString(file));
            if (!found.isEmpty()) {
                files.add(name);
                if (!NOT_YET.contains(name)) {
                    found.forEach(f -> inline.add(name + ": " + f));
                }
            }
        }
        assertTrue(scanned > 250, "found the sources: " + scanned);
        assertEquals(List.of(), inline, "import these types");
        Set<String> done = new TreeSet<>(NOT_YET);
        done.removeAll(files);
        assertEquals(Set.of(), done, "these name no type inline any more: take them off NOT_YET");
    }

    @Test
    void should_see_inline_names_in_code_only() {
        String source = """
                package org.coalition.x;

                import java.util.List;
                import static java.util.Map.of;

                /** Uses {@link java.util.Map} and org.coalition.shared.Refused. */
                class X implements java.io.Serializable {
                    // java.util.Set in a comment
                    String jpql = "SELECT NEW org.coalition.coalition.MemberListing(m.id) FROM Membership m";
                    String block = \"""
                            AND m.role <> org.coalition.coalition.CoalitionRole.OBSERVER\""";
                    char quote = '"';
                    @jakarta.inject.Inject List<String> names = new java.util.ArrayList<>();
                    Object o = this.java.util;
                }
                """;

        assertEquals(
                List.of("7: java.io.Serializable", "13: jakarta.inject.Inject", "13: java.util.ArrayList"),
                qualifiedNames(source));
    }

    /** The inline qualified names of a source, as "line: name", outside imports, strings, text blocks and comments. */
    static List<String> qualifiedNames(String source) {
        String code = codeOnly(source);
        List<String> found = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            Matcher m = QUALIFIED.matcher(lines[i]);
            while (m.find()) {
                found.add((i + 1) + ": " + m.group());
            }
        }
        return found;
    }

    /** The source with comments, strings, text blocks and character literals blanked (line breaks kept). */
    static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3);
                while (source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end += 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                end = i + 1;
                while (source.charAt(end) != quote) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end++;
            } else if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i) + 2;
            } else {
                code.append(source.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) {
                code.append(source.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return code.toString();
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path main : modules.filter(m -> m.getFileName().toString().startsWith("coalition-"))
                    .map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .sorted()
                    .toList()) {
                try (Stream<Path> walk = Files.walk(main)) {
                    walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
                }
            }
        }
        return sources;
    }
}
