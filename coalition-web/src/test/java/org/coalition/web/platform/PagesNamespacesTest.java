package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coalition.web.milestone.TaskRows;
import org.junit.jupiter.api.Test;

/**
 * Every tag library a page uses is declared with a namespace Faces knows. An unknown namespace is not an error
 * for Facelets: the tags are written out as plain markup and do nothing. That is how {@code <o:cache>} cached
 * nothing for weeks under {@code xmlns:o="omnifaces"}, which OmniFaces 4 does not register.
 */
class PagesNamespacesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    private static final Map<String, Set<String>> KNOWN = Map.of(
            "h", Set.of("jakarta.faces.html"),
            "f", Set.of("jakarta.faces.core"),
            "ui", Set.of("jakarta.faces.facelets"),
            "a", Set.of("jakarta.faces.passthrough"),
            "p", Set.of("primefaces", "http://primefaces.org/ui"),
            "o", Set.of("http://omnifaces.org/ui"),
            "co", Set.of(TaskRows.NAMESPACE),
            "xsi", Set.of("http://www.w3.org/2001/XMLSchema-instance"));

    private static final Pattern DECLARATION = Pattern.compile("xmlns:([A-Za-z]+)=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z]+):[A-Za-z]");

    @Test
    void every_prefix_is_declared_with_a_namespace_faces_knows() throws IOException {
        List<String> wrong = new ArrayList<>();
        int pages = 0;
        for (Path page : PagesBundleTest.files(WEBAPP, ".xhtml")) {
            pages++;
            String source = Files.readString(page);
            Map<String, String> declared = new HashMap<>();
            Matcher declaration = DECLARATION.matcher(source);
            while (declaration.find()) {
                declared.put(declaration.group(1), declaration.group(2));
                Set<String> known = KNOWN.get(declaration.group(1));
                if (known == null || !known.contains(declaration.group(2))) {
                    wrong.add(page + ": xmlns:" + declaration.group(1) + "=\"" + declaration.group(2) + "\"");
                }
            }
            Matcher tag = TAG.matcher(source);
            while (tag.find()) {
                if (!declared.containsKey(tag.group(1))) {
                    wrong.add(page + ": <" + tag.group(1) + ":…> without a declaration");
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(pages > 30, "found the pages: " + pages);
    }

    @Test
    void the_check_sees_the_namespace_that_cached_nothing() {
        Matcher declaration = DECLARATION.matcher("<ui:composition xmlns:o=\"omnifaces\">");
        assertTrue(declaration.find());
        assertTrue(!KNOWN.get(declaration.group(1)).contains(declaration.group(2)));
    }
}
