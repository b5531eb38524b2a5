package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * No page writes a text a person reads outside the bundle: text nodes and the attributes people read
 * (value of buttons and links, title, label, placeholder, messages…) hold only EL, punctuation and numbers.
 */
class PagesLiteralTextTest {

    /** Attributes whose text reaches the person at the screen (value only on the components that show it). */
    private static final Set<String> SHOWN = Set.of(
            "title",
            "label",
            "headerText",
            "footerText",
            "emptyMessage",
            "placeholder",
            "itemLabel",
            "alt",
            "aria-label",
            "requiredMessage",
            "converterMessage",
            "validatorMessage",
            "summary",
            "header",
            "legend",
            "noSelectionLabel",
            "message",
            "yesButtonLabel",
            "noButtonLabel",
            "caption");

    private static final Set<String> SHOWN_VALUE = Set.of(
            "h:outputText",
            "h:link",
            "h:commandButton",
            "h:commandLink",
            "h:outputLabel",
            "p:outputLabel",
            "p:linkButton",
            "p:commandButton",
            "p:commandLink",
            "p:button");
    /** What stays as it is in every language. */
    private static final Set<String> ALLOWED = Set.of("Coalition");

    private static final Set<String> SKIPPED_ELEMENTS = Set.of("script", "style", "h:outputScript", "f:verbatim");
    private static final Pattern EL = Pattern.compile("#\\{(?:[^}'\"]|'[^']*'|\"[^\"]*\")*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** A user-visible string literal inside EL: two words, e.g. {@code 'All coalitions'}. */
    private static final Pattern EL_LITERAL = Pattern.compile("'([^']*)'");

    private static final Pattern SENTENCE = Pattern.compile("\\p{L}+ \\p{L}+");

    static List<String> literalTexts(String xhtml, String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Node root = builder.parse(new InputSource(new StringReader(xhtml))).getDocumentElement();
        List<String> found = new ArrayList<>();
        walk(root, name, found);
        return found;
    }

    private static void walk(Node node, String file, List<String> found) {
        if (node.getNodeType() == Node.ELEMENT_NODE) {
            Element element = (Element) node;
            if (SKIPPED_ELEMENTS.contains(element.getTagName())) {
                return;
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                String name = attribute.getNodeName();
                String local = name.substring(name.indexOf(':') + 1); // passthrough a:aria-label too
                boolean shown =
                        SHOWN.contains(local) || name.equals("value") && SHOWN_VALUE.contains(element.getTagName());
                if (shown) {
                    check(attribute.getNodeValue(), file + " <" + element.getTagName() + " " + name + ">", found);
                }
            }
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            check(
                    node.getNodeValue(),
                    file + " text in <" + node.getParentNode().getNodeName() + ">",
                    found);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(child, file, found);
        }
    }

    private static void check(String text, String where, List<String> found) {
        String outside = EL.matcher(text).replaceAll(" ").strip();
        if (LETTER.matcher(outside).find() && !ALLOWED.contains(outside)) {
            found.add(where + ": \"" + outside.replaceAll("\\s+", " ") + "\"");
        }
        var inside = EL.matcher(text);
        while (inside.find()) {
            var literal = EL_LITERAL.matcher(inside.group());
            while (literal.find()) {
                if (SENTENCE.matcher(literal.group(1)).find()) {
                    found.add(where + ": \"" + literal.group(1) + "\" inside EL");
                }
            }
        }
    }

    @Test
    void should_find_no_literal_text_on_any_page() throws Exception {
        List<String> found = new ArrayList<>();
        List<Path> pages = PagesBundleTest.files(Path.of("src/main/webapp"), ".xhtml");
        assertTrue(pages.size() > 20, "found the pages");
        for (Path page : pages) {
            if (page.startsWith(Path.of("src/main/webapp/bench"))) {
                continue; // the benchmark's empty page, never linked
            }
            found.addAll(literalTexts(Files.readString(page), page.toString()));
        }
        assertEquals(List.of(), found, "texts outside the bundle");
    }

    @Test
    void should_flag_a_literal_text_node_a_literal_button_and_a_sentence_inside_el() throws Exception {
        String page = """
                <ui:composition xmlns:ui="jakarta.faces.facelets" xmlns:p="primefaces" xmlns:h="jakarta.faces.html">
                    <h1>Welcome, #{user.name}</h1>
                    <p:commandButton id="save" value="Save"/>
                    <h:outputText value="#{admin ? 'All coalitions' : text['mine']}"/>
                    <p>#{text['fine']} · #{n} %</p>
                    <ui:param name="active" value="dashboard"/>
                </ui:composition>""";
        List<String> found = literalTexts(page, "sample");
        assertEquals(3, found.size(), String.valueOf(found));
        assertTrue(found.get(0).contains("Welcome"));
        assertTrue(found.get(1).contains("Save"));
        assertTrue(found.get(2).contains("All coalitions"));
        assertFalse(
                !literalTexts("<p><span>Coalition</span> #{x ? 'a' : 'b'}</p>", "brand")
                        .isEmpty(),
                "the brand name and one-word EL literals (style classes, keys) are allowed");
    }

    static String read(Path path) throws IOException {
        return Files.readString(path);
    }
}
