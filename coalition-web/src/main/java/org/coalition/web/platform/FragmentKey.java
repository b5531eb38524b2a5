package org.coalition.web.platform;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.coalition.access.CoalitionAction;

/**
 * The key under which a rendered part of a coalition page is shared between viewers ({@code <o:cache
 * scope="application">}): two viewers get the same markup only when it was rendered for the same coalition,
 * for the same set of things the viewer may do there (an observer, a member and a sponsor see different
 * buttons and links), in the same language, on the same day (the health rules count days), and while
 * nothing has been written since ({@code org.coalition.shared.ChangeStamp}). A change anywhere moves the stamp, so every key after it is new and the
 * next view renders afresh; old entries age out of the bounded cache.
 */
public final class FragmentKey {

    private FragmentKey() {}

    /**
     * @param part        which part of the page ("health", "feed", ...)
     * @param coalitionId the coalition shown
     * @param allowed     what the viewer may do there (the access table's answer)
     * @param locale      the page's language
     * @param today       the server's date
     * @param stamp       the change stamp read before any of the part's data was read
     */
    public static String of(
            String part, long coalitionId, Set<CoalitionAction> allowed, Locale locale, LocalDate today, long stamp) {
        return "coalition:" + coalitionId + ":" + part + ":" + roleClass(allowed) + ":" + locale.toLanguageTag() + ":"
                + today + ":" + stamp;
    }

    /** What the viewer may do, as a short text: one bit per action of the access table. */
    static String roleClass(Set<CoalitionAction> allowed) {
        long bits = 0;
        for (CoalitionAction action : allowed) {
            bits |= 1L << action.ordinal();
        }
        return Long.toString(bits, 36);
    }
}
