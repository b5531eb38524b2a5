package org.coalition.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditEntry;
import org.coalition.audit.AuditTrail;
import org.coalition.rhythm.FeedPost;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The services name an audit action only by its {@link AuditAction} constant: {@link AuditTrail} takes no action as
 * text, no service turns text into an action, and no service spells a stored code out. The codes live in one place,
 * so a stored row and the CSV keep reading the same, and every action on the list is one some service records.
 */
class AuditActionUseTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** Only a stored row may be read back into an action; a service gives the constant. */
    private static final Set<String> FROM_TEXT = Set.of("ofCode", "find", "valueOf");

    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.coalition");
    }

    @Test
    void should_take_the_action_only_as_an_AuditAction() {
        List<Method> records = Arrays.stream(AuditTrail.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && m.getName().startsWith("record"))
                .toList();
        Set<String> byText = records.stream()
                .filter(m -> !List.of(m.getParameterTypes()).contains(AuditAction.class))
                .map(Method::toGenericString)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(), byText, "give the AuditAction, not its code as text");
        assertTrue(records.size() >= 6, "found AuditTrail's record methods: " + records);
    }

    @Test
    void should_turn_no_text_into_an_action_outside_the_stored_entry() {
        Set<String> fromText = main.stream()
                .filter(c -> !c.isEquivalentTo(AuditAction.class) && !c.isEquivalentTo(AuditEntry.class))
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(call -> call.getTargetOwner().isEquivalentTo(AuditAction.class)
                        && FROM_TEXT.contains(call.getTarget().getName()))
                .map(call -> call.getOriginOwner().getSimpleName() + " calls AuditAction."
                        + call.getTarget().getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(), fromText, "give the AuditAction constant");
    }

    @Test
    void should_spell_no_audit_code_in_the_services() throws IOException {
        List<String> spelled = new ArrayList<>();
        List<Path> files = javaFiles();
        for (Path file : files) {
            spelled.addAll(spelledCodes(file.getFileName().toString(), Files.readString(file)));
        }

        assertEquals(List.of(), spelled, "name the AuditAction (bind its code() as a query parameter)");
        assertTrue(files.size() > 50, "found the sources: " + files.size());
    }

    @Test
    void should_see_a_code_spelled_out_in_a_call_or_a_query() {
        assertEquals(
                List.of("X.java: \"milestone.approved\""),
                spelledCodes(
                        "X.java", "audit.record(id, \"milestone.approved\", \"Milestone\", id, title, null, null);"));
        assertEquals(
                List.of("X.java: 'rhythm.cadence-set'"),
                spelledCodes(
                        "X.java",
                        "count(\"SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'rhythm.cadence-set'\")"));
        assertEquals(
                List.of(),
                spelledCodes(
                        "X.java",
                        "audit.record(id, AuditAction.MILESTONE_APPROVED, \"Milestone\", id,"
                                + " Said.of(\"said.audit.milestone.approved\"), null, null);"),
                "a bundle key that ends in a code is no code");
    }

    @Test
    void should_record_every_action_on_the_list() {
        EnumSet<AuditAction> recorded = EnumSet.noneOf(AuditAction.class);
        Set<String> names = Arrays.stream(AuditAction.values()).map(Enum::name).collect(Collectors.toSet());
        main.stream()
                .filter(c -> !c.isEquivalentTo(AuditAction.class))
                .flatMap(c -> c.getFieldAccessesFromSelf().stream())
                .filter(a -> a.getTargetOwner().isEquivalentTo(AuditAction.class)
                        && names.contains(a.getTarget().getName()))
                .forEach(a -> recorded.add(AuditAction.valueOf(a.getTarget().getName())));
        boolean posts = main.stream()
                .filter(c -> !c.isEquivalentTo(AuditAction.class))
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .anyMatch(call -> call.getTargetOwner().isEquivalentTo(AuditAction.class)
                        && call.getTarget().getName().equals("posted"));
        if (posts) {
            Arrays.stream(FeedPost.Kind.values()).map(AuditAction::posted).forEach(recorded::add);
        }

        Set<AuditAction> never = EnumSet.complementOf(recorded);
        assertEquals(Set.of(), never, "no service records these: keep a code only while old rows need it, and say so");
    }

    /** The audit codes written out in a source as a Java ("…") or JPQL ('…') literal. */
    static List<String> spelledCodes(String fileName, String source) {
        List<String> spelled = new ArrayList<>();
        for (AuditAction action : AuditAction.values()) {
            for (char quote : new char[] {'"', '\''}) {
                String literal = quote + action.code() + quote;
                if (source.contains(literal)) {
                    spelled.add(fileName + ": " + literal);
                }
            }
        }
        return spelled;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
