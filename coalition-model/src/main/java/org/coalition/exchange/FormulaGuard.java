package org.coalition.exchange;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheet programs from running exported text as a formula (CSV injection, OWASP): a text cell
 * whose first character, or first character after blanks, is one a spreadsheet starts a formula with gets
 * a leading apostrophe. That covers {@code -2+3+cmd|' /C calc'!A0} as well as {@code =1+2}: whether a
 * value is a number is decided by its column ({@link Table.Kind}), never by how the text looks. Import
 * takes exactly that apostrophe off again, so a register read back holds what was exported.
 * <p>Public because the file formats in coalition-ejb apply it: the EAR loads the model jar (lib/) and the
 * EJB jar with different class loaders, so the same package name gives no package-private access.
 */
public final class FormulaGuard {

    /** What a number column may write as a number; anything else in it is written as text. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");

    private FormulaGuard() {}

    /** The text as a spreadsheet should show it: with a leading apostrophe if it could start a formula. */
    public static String neutralise(String text) {
        return startsFormula(text) ? "'" + text : text;
    }

    /** The text an export neutralised, as it was: takes off the one apostrophe {@link #neutralise} adds. */
    public static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsFormula(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }

    /** Whether a number column's cell may be written as a number (otherwise it is neutralised text). */
    public static boolean isPlainNumber(String cell) {
        return PLAIN_NUMBER.matcher(cell).matches();
    }

    public static boolean startsFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return switch (c) {
                    // the ASCII signs and their full-width forms, which East Asian input methods type
                    case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
                    default -> false;
                };
            }
        }
        return false;
    }
}
