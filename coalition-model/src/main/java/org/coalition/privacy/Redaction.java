package org.coalition.privacy;

/**
 * What stays in place of a text about a person once it is redacted or erased. Columns that must hold
 * a text get a marker (pages show a translated word instead); optional ones are cleared.
 */
public final class Redaction {

    /** In place of a required text (a motivation's description, a framing). */
    public static final String MARKER = "[redacted]";

    private Redaction() {}

    /** The name an erased stakeholder or person keeps: unique, and telling nothing about them. */
    public static String erasedName(long id) {
        return "[erased #" + id + "]";
    }

    /** The user name an erased person keeps (unique; nobody signs in with it). */
    public static String erasedUsername(long id) {
        return "erased-" + id;
    }
}
