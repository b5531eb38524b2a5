package org.coalition.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coalition.coalition.CoalitionDraft;
import org.junit.jupiter.api.Test;

/** The messages of Bean Validation exist in English and German, and every {key} a constraint names is defined. */
class ValidationMessagesTest {

    static Properties load(String resource) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream(resource)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void should_have_every_key_in_both_languages() throws IOException {
        Properties english = load("/ValidationMessages.properties");
        Properties german = load("/ValidationMessages_de.properties");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(german.stringPropertyNames());
        Set<String> onlyGerman = new TreeSet<>(german.stringPropertyNames());
        onlyGerman.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, "missing in ValidationMessages_de.properties");
        assertEquals(Set.of(), onlyGerman, "missing in ValidationMessages.properties");
    }

    @Test
    void should_define_every_message_key_the_constraints_use() throws IOException {
        Properties english = load("/ValidationMessages.properties");
        Pattern key = Pattern.compile("message\\s*=\\s*\"\\{([\\w.]+)}\"");
        Set<String> undefined = new TreeSet<>();
        int uses = 0;
        for (Path root : new Path[] {Path.of("src/main/java"), Path.of("../coalition-ejb/src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file :
                        files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    assertTrue(
                            !Pattern.compile("message\\s*=\\s*\"[^{]")
                                    .matcher(source)
                                    .find(),
                            file + " has a constraint message outside ValidationMessages");
                    Matcher m = key.matcher(source);
                    while (m.find()) {
                        uses++;
                        if (!english.containsKey(m.group(1)) && !m.group(1).startsWith("jakarta.")) {
                            undefined.add(file.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), undefined);
        assertTrue(uses > 100, "found the constraints: " + uses);
    }

    @Test
    void should_say_a_refused_draft_in_the_language_asked_for() {
        Locale before = Locale.getDefault();
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            Locale.setDefault(Locale.ENGLISH);
            var english = validator
                    .validateProperty(new CoalitionDraft(), "name")
                    .iterator()
                    .next();
            assertEquals("Give the coalition a name.", english.getMessage());
            var interpolator = factory.getMessageInterpolator();
            String german = interpolator.interpolate(
                    english.getMessageTemplate(),
                    new jakarta.validation.MessageInterpolator.Context() {
                        @Override
                        public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                            return english.getConstraintDescriptor();
                        }

                        @Override
                        public Object getValidatedValue() {
                            return english.getInvalidValue();
                        }

                        @Override
                        public <T> T unwrap(Class<T> type) {
                            throw new UnsupportedOperationException();
                        }
                    },
                    Locale.GERMAN);
            assertEquals("Geben Sie der Koalition einen Namen.", german);
        } finally {
            Locale.setDefault(before);
        }
    }
}
