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

    /** The sentence in English. */
    public String english() {
        ResourceBundle english = ResourceBundle.getBundle(ENGLISH, Locale.ROOT, Said.class.getClassLoader(),
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
