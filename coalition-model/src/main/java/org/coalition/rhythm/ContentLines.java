package org.coalition.rhythm;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes RFC 5545 content lines: CRLF endings, lines folded at 75 octets without splitting a UTF-8
 * character, TEXT values escaped. Small on purpose, so the feed needs no calendar library.
 */
final class ContentLines {

    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private final StringBuilder out = new StringBuilder();

    /** Adds {@code name:value} as is; the caller has escaped or formatted the value. */
    ContentLines line(String nameAndParameters, String value) {
        out.append(fold(nameAndParameters + ":" + value)).append(CRLF);
        return this;
    }

    /** Adds a property whose value is TEXT, escaping it. */
    ContentLines text(String name, String value) {
        return line(name, escapeText(value));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Escapes a TEXT value: backslash, semicolon and comma get a backslash, any line break becomes
     * {@code \n}. Other control characters are not allowed in TEXT, so they are dropped.
     */
    static String escapeText(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Quotes a parameter value when it holds a character that would end it (colon, semicolon, comma). */
    static String parameterValue(String value) {
        if (value.indexOf('"') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("Not a valid parameter value: " + value);
        }
        return value.matches(".*[:;,].*") ? '"' + value + '"' : value;
    }

    /** Splits a logical line into lines of at most 75 octets, each continuation starting with a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = Character.charCount(codePoint);
            int size = line.substring(i, i + width).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += width;
        }
        return folded.toString();
    }

    /** A DATE-TIME in local ("floating") form, to go with a TZID parameter. */
    static String local(LocalDateTime dateTime) {
        return LOCAL.format(dateTime);
    }

    /** A UTC offset as {@code +HHMM}, or {@code +HHMMSS} when it has seconds. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String hhmm = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? hhmm : hhmm + String.format(Locale.ROOT, "%02d", abs % 60);
    }
}
