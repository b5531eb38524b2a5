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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.junit.jupiter.api.Test;

/**
 * Nothing reaches the audit trail under a code that is not on {@link AuditAction}'s list. The services give the
 * enum (checked by the compiler); the few not yet moved give the stored code as text through {@link AuditTrail}'s
 * deprecated methods, which refuse an unlisted code at run time, and this test checks those texts before that.
 */
class AuditActionUseTest {

    /**
     * The classes that still give the code as text (files other work was changing when the enum came; each moves to the
     * enum in one line per call). The list may shrink, never grow: a class that no longer needs it fails the test too.
     */
    private static final Set<String> STILL_BY_CODE = Set.of();

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern CALL = Pattern.compile("\\baudit\\.(record|recordOncePerDay|recordOutsideCoalitions)\\(");
    private static final Pattern JPQL_ACTION = Pattern.compile("\\.action\\s*(?:=|<>|IN)\\s*\\(?'([^']*)'");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void should_give_the_action_as_text_only_in_the_classes_not_yet_moved() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.coalition");
        Set<String> byCode = main.stream()
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(AuditActionUseTest::byCode)
                .map(call -> call.getOriginOwner().getName())
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> notAllowed = new TreeSet<>(byCode);
        notAllowed.removeAll(STILL_BY_CODE);
        assertEquals(Set.of(), notAllowed, "give the AuditAction, not its code as text");
        Set<String> moved = new TreeSet<>(STILL_BY_CODE);
        moved.removeAll(byCode);
        assertEquals(Set.of(), moved, "these give the AuditAction now: take them off STILL_BY_CODE");
    }

    /** A call of one of AuditTrail's methods that take the action's code as text. */
    private static boolean byCode(JavaMethodCall call) {
        if (!call.getTargetOwner().isEquivalentTo(AuditTrail.class)) {
            return false;
        }
        return call.getTarget().getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(String.class))
                && call.getTarget().getName().startsWith("record")
                && call.getTarget().getRawParameterTypes().get(
                        call.getTarget().getName().equals("recordOutsideCoalitions") ? 0 : 1).isEquivalentTo(String.class);
    }

    @Test
    void should_record_only_codes_on_the_list() throws IOException {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            Matcher call = CALL.matcher(source);
            while (call.find()) {
                calls++;
                List<String> arguments = arguments(source, call.end());
                String action = arguments.get(call.group(1).equals("recordOutsideCoalitions") ? 0 : 1).strip();
                Matcher literal = LITERAL.matcher(action);
                if (literal.matches()) {
                    if (AuditAction.find(literal.group(1)).isEmpty()) {
                        wrong.add(file.getFileName() + ": " + action + " is not on AuditAction's list");
                    }
                } else if (action.contains("\"") || action.contains("+")) {
                    wrong.add(file.getFileName() + ": " + action + " makes a code up; give an AuditAction");
                }
            }
            Matcher jpql = JPQL_ACTION.matcher(source);
            while (jpql.find()) {
                if (AuditAction.find(jpql.group(1)).isEmpty()) {
                    wrong.add(file.getFileName() + ": a query asks for " + jpql.group(1) + ", which is not on AuditAction's list");
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(calls > 50, "found the calls: " + calls);
    }

    @Test
    void should_see_a_code_that_is_not_on_the_list() {
        String source = "audit.record(coalitionId, \"milestone.exploded\", \"Milestone\", id, title, null, null);";
        Matcher call = CALL.matcher(source);
        assertTrue(call.find());
        assertEquals(List.of("coalitionId", "\"milestone.exploded\"", "\"Milestone\"", "id", "title", "null", "null"),
                arguments(source, call.end()));
        assertTrue(AuditAction.find("milestone.exploded").isEmpty());
    }

    /** The arguments of a call whose opening parenthesis ends at {@code from}, split at its own commas. */
    static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, end + 1);
                i = end;
                continue;
            }
            if ((c == ')' || c == ',') && depth == 0) {
                arguments.add(current.toString().replaceAll("\\s+", " ").strip());
                current.setLength(0);
                if (c == ')') {
                    return arguments;
                }
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            current.append(c);
        }
        throw new IllegalArgumentException("unclosed call");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
