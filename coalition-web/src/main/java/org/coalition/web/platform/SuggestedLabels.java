package org.coalition.web.platform;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

/**
 * The names a search-as-you-type picker has suggested, by the key it submits. A picker holds only the key
 * (a stakeholder's id, a username); to show the name again after a postback, and to accept only what was
 * suggested, the view asks here. A view remembers the most recent few hundred.
 */
public final class SuggestedLabels implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int REMEMBERED = 300;

    private final LinkedHashMap<String, String> labels = new LinkedHashMap<>();

    /** Remembers each suggestion's label; returns their keys, which the picker lists and submits. */
    public <T> List<String> remember(List<T> suggestions, Function<T, String> key, Function<T, String> label) {
        for (T suggestion : suggestions) {
            String k = key.apply(suggestion);
            labels.remove(k); // re-inserted as the most recent
            labels.put(k, label.apply(suggestion));
        }
        var eldest = labels.entrySet().iterator();
        while (labels.size() > REMEMBERED) {
            eldest.next();
            eldest.remove();
        }
        return suggestions.stream().map(key).toList();
    }

    /** The label suggested for this key, or null when it was never suggested (or long ago). */
    public String of(Object key) {
        return key == null ? null : labels.get(String.valueOf(key));
    }

    /** Whether this key was suggested: the only keys a picker's value may hold. */
    public boolean knows(Object key) {
        return of(key) != null;
    }
}
