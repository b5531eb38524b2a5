package org.coalition.shared;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A sentence the domain says that is not a refusal (a health finding, its correction, the playbook's next step), as
 * a key and its values: English in {@code Said.properties} next to this class ({@link #english()}, also its
 * {@link #toString()}), both languages of the pages in the web bundles under the same key.
 *
 * @param key       the bundle key, {@code said.…}
 * @param arguments the values of the sentence: numbers shown as they are, enum constants (phases) worded by each side
 */
public record Said(String key, List<Object> arguments) implements Serializable {

    private static final String ENGLISH = "org.coalition.shared.Said";

    /** A text the domain has only in English (a checklist step's label and hint, worded by the page from its id). */
    public static final String AS_SAID = "said.asSaid";

    public Said {
        arguments = List.copyOf(arguments);
    }

    public static Said of(String key, Object... arguments) {
        return new Said(key, List.of(arguments));
    }

    /** A text that has no template of its own. */
    public static Said asSaid(String text) {
        return of(AS_SAID, text);
    }

    /** Between the stored values of a sentence kept with a record (a feed post, an audit entry): the unit separator. */
    private static final char STORED_SEPARATOR = '\u001F';

    /**
     * The values as a record stores them, next to its key: each as text, separated by the unit separator (which a
     * value cannot hold: it is dropped from it). Empty for none.
     */
    public String storedArguments() {
        StringBuilder stored = new StringBuilder();
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                stored.append(STORED_SEPARATOR);
            }
            Object argument = arguments.get(i);
            String text = argument instanceof Enum<?> constant ? constant.name() : String.valueOf(argument);
            stored.append(text.replace(String.valueOf(STORED_SEPARATOR), ""));
        }
        return stored.toString();
    }

    /**
     * A sentence a record keeps as key and stored values ({@link #storedArguments()}); a record written before
     * records kept keys, or a text a person wrote, has no key and is shown as it was written.
     *
     * @param key       the stored key, {@code null} for none
     * @param arguments the stored values, {@code null} or empty for none
     * @param asWritten the record's text, shown when there is no key
     */
    public static Said stored(String key, String arguments, String asWritten) {
        if (key == null || key.isBlank()) {
            return asSaid(asWritten == null ? "" : asWritten);
        }
        if (arguments == null || arguments.isEmpty()) {
            return of(key);
        }
        return new Said(key, List.<Object>of((Object[]) arguments.split(String.valueOf(STORED_SEPARATOR), -1)));
    }

    /** The sentence in English. */
    public String english() {
        ResourceBundle english = ResourceBundle.getBundle(
                ENGLISH,
                Locale.ROOT,
                Said.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] words = new Object[arguments.size()];
        for (int i = 0; i < words.length; i++) {
            Object argument = arguments.get(i);
            words[i] = argument instanceof Enum<?> constant ? Refusal.englishLabel(constant) : String.valueOf(argument);
        }
        return new MessageFormat(english.getString(key), Locale.ROOT).format(words);
    }

    @Override
    public String toString() {
        return english();
    }
}
