package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELException;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coalition.access.CoalitionAction;
import org.junit.jupiter.api.Test;

/**
 * Every expression on every page parses: a slip such as {@code #{not trend.empty}} ({@code empty} is an EL
 * operator) otherwise only shows when the page is first rendered on a server. Pages ask the access table with a
 * typed action, {@code #{v.may(CoalitionAction.EDIT_STAKEHOLDERS)}} ({@link CoalitionActions}): a misspelt or
 * removed action fails here.
 */
class PagesExpressionsTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern EL = Pattern.compile("#\\{(?:[^}'\"]|'[^']*'|\"[^\"]*\")*}");
    private static final Pattern MAY = Pattern.compile("\\bmay\\(([^)]*)\\)");
    private static final Pattern ACTION = Pattern.compile("\\bCoalitionAction\\.(\\w+)");

    @Test
    void should_parse_every_expression_of_every_page() throws IOException {
        ExpressionFactory factory = ExpressionFactory.newInstance();
        StandardELContext context = new StandardELContext(factory);
        List<String> broken = new ArrayList<>();
        int parsed = 0;
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher el = EL.matcher(Files.readString(page));
                while (el.find()) {
                    String expression = el.group()
                            .replace("&lt;", "<")
                            .replace("&gt;", ">")
                            .replace("&quot;", "\"")
                            .replace("&apos;", "'")
                            .replace("&amp;", "&");
                    try {
                        factory.createValueExpression(context, expression, Object.class);
                        parsed++;
                    } catch (ELException e) {
                        broken.add(PAGES.relativize(page) + ": " + expression + " (" + e.getMessage() + ")");
                    }
                }
            }
        }
        assertTrue(parsed > 500, "the pages were read: " + parsed + " expressions");
        assertEquals(List.of(), broken);
    }

    @Test
    void should_name_only_actions_of_the_access_table() throws IOException {
        List<String> wrong = new ArrayList<>();
        int asked = 0;
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                asked += actionsWronglyNamed(PAGES.relativize(page).toString(), text, wrong);
            }
        }
        assertTrue(asked > 25, "the pages ask the access table: " + asked + " times");
        assertEquals(List.of(), wrong);
    }

    @Test
    void should_resolve_every_action_by_name_and_refuse_an_unknown_one() {
        CoalitionActions actions = new CoalitionActions();
        for (CoalitionAction action : CoalitionAction.values()) {
            assertEquals(action, actions.get(action.name()));
        }
        assertThrows(IllegalArgumentException.class, () -> actions.get("EDIT_STAKEHOLDER"));
    }

    @Test
    void should_refuse_a_misspelt_or_an_untyped_action() {
        List<String> wrong = new ArrayList<>();
        actionsWronglyNamed("a.xhtml", "#{v.may(CoalitionAction.EDIT_STAKEHOLDER)}", wrong);
        actionsWronglyNamed("b.xhtml", "#{v.may('EDIT_STAKEHOLDERS')}", wrong);
        assertEquals(2, wrong.size(), String.join("\n", wrong));
        List<String> right = new ArrayList<>();
        assertEquals(1, actionsWronglyNamed("d.xhtml", "#{v.may(CoalitionAction.EDIT_STAKEHOLDERS)}", right));
        assertEquals(List.of(), right);
    }

    /** Adds what is wrong with the page's actions to {@code wrong}; answers how often the page asks {@code may}. */
    private static int actionsWronglyNamed(String page, String text, List<String> wrong) {
        int asked = 0;
        Matcher el = EL.matcher(text);
        while (el.find()) {
            Matcher may = MAY.matcher(el.group());
            while (may.find()) {
                asked++;
                if (!may.group(1).strip().matches("CoalitionAction\\.\\w+")) {
                    wrong.add(page + ": " + may.group() + " does not name a CoalitionAction");
                }
            }
        }
        Matcher action = ACTION.matcher(text);
        while (action.find()) {
            try {
                CoalitionAction.valueOf(action.group(1));
            } catch (IllegalArgumentException e) {
                wrong.add(page + ": no such action " + action.group());
            }
        }
        return asked;
    }
}
