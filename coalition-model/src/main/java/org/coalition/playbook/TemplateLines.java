package org.coalition.playbook;

import java.util.Arrays;
import java.util.List;
import org.coalition.trust.QuickWinKind;

/**
 * Reads the line lists of a {@link CoalitionTemplate}: one entry per line, details after {@code |}.
 * <ul>
 * <li>stakeholder role: {@code HR business partner | HR | 4 | 3} (department, influence and interest optional)</li>
 * <li>milestone skeleton: {@code Pilot with one team | 6} (weeks from the start, default 4)</li>
 * <li>quick-win idea: {@code One-page FAQ | WHITE_PAPER} (kind optional, default OTHER)</li>
 * </ul>
 */
public final class TemplateLines {

    public record Role(String role, String department, int influence, int interest) {}

    public record MilestoneSkeleton(String title, int weeks) {}

    public record QuickWinIdea(String title, QuickWinKind kind) {}

    private TemplateLines() {}

    /** The non-blank lines, stripped. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String[] parts(String line) {
        return Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
    }

    public static Role role(String line) {
        String[] p = parts(line);
        return new Role(
                p[0],
                p.length > 1 && !p[1].isEmpty() ? p[1] : null,
                p.length > 2 && !p[2].isEmpty() ? Integer.parseInt(p[2]) : 3,
                p.length > 3 && !p[3].isEmpty() ? Integer.parseInt(p[3]) : 3);
    }

    public static MilestoneSkeleton milestone(String line) {
        String[] p = parts(line);
        return new MilestoneSkeleton(p[0], p.length > 1 && !p[1].isEmpty() ? Integer.parseInt(p[1]) : 4);
    }

    public static QuickWinIdea quickWin(String line) {
        String[] p = parts(line);
        return new QuickWinIdea(
                p[0],
                p.length > 1 && !p[1].isEmpty()
                        ? QuickWinKind.valueOf(p[1].toUpperCase(java.util.Locale.ROOT))
                        : QuickWinKind.OTHER);
    }

    static boolean isRoleReadable(String line) {
        try {
            Role r = role(line);
            return !r.role().isEmpty()
                    && r.role().length() <= 150
                    && parts(line).length <= 4
                    && (r.department() == null || r.department().length() <= 100)
                    && between(r.influence(), 1, 5)
                    && between(r.interest(), 1, 5);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isMilestoneReadable(String line) {
        try {
            MilestoneSkeleton m = milestone(line);
            return !m.title().isEmpty()
                    && m.title().length() <= 150
                    && parts(line).length <= 2
                    && between(m.weeks(), 1, 104);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isQuickWinReadable(String line) {
        try {
            QuickWinIdea q = quickWin(line);
            return !q.title().isEmpty() && q.title().length() <= 150 && parts(line).length <= 2;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean between(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
