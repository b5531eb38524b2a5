package org.coalition.exchange;

import java.io.Serializable;
import java.util.Locale;

/**
 * What makes two stakeholders likely the same person: the same name in the same department, compared
 * without case and with runs of spaces counted as one ("Ann  Lee" in "sales" = "ann lee" in "Sales").
 */
public record DuplicateKey(String name, String department) implements Serializable {

    public static DuplicateKey of(String name, String department) {
        return new DuplicateKey(normal(name), normal(department));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
