package org.coalition.exchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A field a column of an imported file can fill, with the header names that suggest it. Stakeholders and influence
 * links are imported the same way, so their columns are guessed here once: names compared without case, accents,
 * spaces or punctuation, each field taken by the first column that names it.
 */
public interface ImportField {

    /** The constant's name (the field enums give it): a header may name the field by it too. */
    String name();

    /** The column header exports write for this field. */
    String header();

    /** Further header names that suggest this field (English and German). */
    List<String> synonyms();

    /** Whether a column header names this field. */
    default boolean matches(String columnHeader) {
        String key = key(columnHeader);
        return !key.isEmpty()
                && (key.equals(key(header()))
                        || key.equals(key(name()))
                        || synonyms().stream().anyMatch(s -> key(s).equals(key)));
    }

    /** Each header's field of {@code type} when its name suggests one not taken by an earlier column (null: ignored). */
    static <F extends Enum<F> & ImportField> List<F> guess(Class<F> type, List<String> header) {
        Set<F> taken = EnumSet.noneOf(type);
        List<F> fields = new ArrayList<>();
        for (String column : header) {
            F match = null;
            for (F field : type.getEnumConstants()) {
                if (!taken.contains(field) && field.matches(column)) {
                    match = field;
                    taken.add(field);
                    break;
                }
            }
            fields.add(match);
        }
        return fields;
    }

    /** Lower case, accents and everything but letters and digits removed: "Job-Title " → "jobtitle". */
    static String key(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
