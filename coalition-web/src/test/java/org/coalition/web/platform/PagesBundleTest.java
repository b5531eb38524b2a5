package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every language has every text, and every text a page or bean asks for exists. */
class PagesBundleTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");

    static Properties load(String resource) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = PagesBundleTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void should_have_every_english_key_in_german_and_every_german_key_in_english() throws IOException {
        Properties english = load("/org/coalition/web/Pages.properties");
        Properties german = load("/org/coalition/web/Pages_de.properties");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(german.stringPropertyNames());
        Set<String> onlyGerman = new TreeSet<>(german.stringPropertyNames());
        onlyGerman.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, "keys missing in Pages_de.properties");
        assertEquals(Set.of(), onlyGerman, "keys missing in Pages.properties");
        assertTrue(english.size() > 300, "the bundle holds the pages' texts");
    }

    @Test
    void should_have_translations_that_use_the_same_values_as_the_english_text() throws IOException {
        Properties english = load("/org/coalition/web/Pages.properties");
        Properties german = load("/org/coalition/web/Pages_de.properties");
        List<String> wrong = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (key.startsWith("format.")) {
                continue;
            }
            int en = new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length;
            int de = new MessageFormat(german.getProperty(key)).getFormatsByArgumentIndex().length;
            if (en != de) {
                wrong.add(key + " (" + en + " values in English, " + de + " in German)");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void should_define_every_key_the_pages_and_beans_use() throws IOException {
        Properties english = load("/org/coalition/web/Pages.properties");
        Pattern pageKey = Pattern.compile("(?:text\\['|i18n\\.f\\(')([\\w.]+)'");
        Pattern javaKey =
                Pattern.compile("I18n\\.(?:text|format)\\((?:[^\"()]*\\? *)?\"([\\w.]+)\"(?: *: *\"([\\w.]+)\")?");
        Set<String> undefined = new TreeSet<>();
        int uses = 0;
        for (Path file : files(WEBAPP, ".xhtml")) {
            Matcher m = pageKey.matcher(Files.readString(file));
            while (m.find()) {
                uses++;
                boolean prefix = m.group(1).endsWith("."); // 'coalition.role.'.concat(role): checked below
                if (prefix
                        ? english.stringPropertyNames().stream().noneMatch(k -> k.startsWith(m.group(1)))
                        : !english.containsKey(m.group(1))) {
                    undefined.add(file + ": " + m.group(1));
                }
            }
        }
        for (Path file : files(JAVA, ".java")) {
            Matcher m = javaKey.matcher(Files.readString(file));
            while (m.find()) {
                for (int g = 1; g <= 2; g++) {
                    if (m.group(g) != null) {
                        uses++;
                        if (!english.containsKey(m.group(g))) {
                            undefined.add(file + ": " + m.group(g));
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), undefined);
        assertTrue(uses > 300, "found the uses: " + uses);
    }

    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
