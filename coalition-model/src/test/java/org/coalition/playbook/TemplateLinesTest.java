package org.coalition.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coalition.trust.QuickWinKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateLinesTest {

    @Test
    void should_read_roles_milestones_and_quick_wins_with_their_defaults() {
        assertEquals(
                new TemplateLines.Role("HR business partner", "HR", 4, 2),
                TemplateLines.role(" HR business partner | HR | 4 | 2 "));
        assertEquals(new TemplateLines.Role("Legal counsel", null, 3, 3), TemplateLines.role("Legal counsel"));
        assertEquals(new TemplateLines.MilestoneSkeleton("Pilot", 6), TemplateLines.milestone("Pilot | 6"));
        assertEquals(new TemplateLines.MilestoneSkeleton("Pilot", 4), TemplateLines.milestone("Pilot"));
        assertEquals(
                new TemplateLines.QuickWinIdea("FAQ", QuickWinKind.WHITE_PAPER),
                TemplateLines.quickWin("FAQ | white_paper"));
        assertEquals(new TemplateLines.QuickWinIdea("FAQ", QuickWinKind.OTHER), TemplateLines.quickWin("FAQ"));
        assertEquals(List.of("a", "b"), TemplateLines.lines(" a \n\n  b\r\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            HR | HR | 4 | 3;        true
            HR | HR | 6 | 3;        false
            HR | HR | 0 | 3;        false
            HR | HR | four;         false
            HR | HR | 4 | 3 | x;    false
            ' | HR';                false
            """)
    void should_accept_only_readable_role_lines(String line, boolean readable) {
        assertEquals(readable, TemplateLines.isRoleReadable(line), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Pilot | 1;      true
            Pilot | 104;    true
            Pilot | 0;      false
            Pilot | 105;    false
            Pilot | soon;   false
            """)
    void should_accept_only_readable_milestone_lines(String line, boolean readable) {
        assertEquals(readable, TemplateLines.isMilestoneReadable(line), line);
    }

    @Test
    void should_explain_unreadable_lists_in_the_draft() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        TemplateDraft draft = new TemplateDraft();
        draft.setName("Merger");
        draft.setKindOfChange("Reorganisation");
        draft.setQuickWinIdeas("Town hall | PARTY");
        draft.setMilestoneSkeletons("Day one | 2");
        Set<String> messages = validator.validate(draft).stream()
                .map(ConstraintViolation::getMessage)
                .collect(Collectors.toSet());
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.iterator().next().contains("quick-win idea"), messages.toString());
        draft.setQuickWinIdeas("Town hall | PILOT");
        assertTrue(validator.validate(draft).isEmpty());
        draft.setName(" ");
        assertFalse(validator.validate(draft).isEmpty());
    }
}
