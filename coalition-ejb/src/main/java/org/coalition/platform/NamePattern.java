package org.coalition.platform;

import java.util.Locale;

/** A LIKE pattern for "the name contains this text, whatever the case", for queries that write {@code LOWER(x) LIKE :p ESCAPE '\'}. */
public final class NamePattern {

    private NamePattern() {}

    /** The text lower-cased and stripped, its wildcards escaped (a typed "%" or "_" matches itself), between two "%". */
    public static String containing(String text) {
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
