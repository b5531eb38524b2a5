package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.el.ELException;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;

import org.junit.jupiter.api.Test;

/**
 * Every expression on every page parses: a slip such as {@code #{not trend.empty}} ({@code empty} is an EL
 * operator) otherwise only shows when the page is first rendered on a server.
 */
class PagesExpressionsTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern EL = Pattern.compile("#\\{(?:[^}'\"]|'[^']*'|\"[^\"]*\")*}");

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
                    String expression = el.group().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                            .replace("&apos;", "'").replace("&amp;", "&");
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
}
