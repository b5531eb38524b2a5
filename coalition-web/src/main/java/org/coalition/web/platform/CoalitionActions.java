package org.coalition.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.coalition.access.CoalitionAction;

/**
 * The access table's actions by name for the pages: {@code #{v.may(CoalitionAction.EDIT_STAKEHOLDERS)}} passes the
 * enum constant, not text. An unknown name fails loudly (and {@code PagesExpressionsTest} fails the build on one
 * first). A named bean rather than {@code o:importConstants}: a variable set inside a template client's
 * {@code ui:define} was not seen by the deferred {@code rendered} expressions there, so every form it guarded
 * stayed hidden without an error.
 */
@Named("CoalitionAction")
@ApplicationScoped
public class CoalitionActions extends AbstractMap<String, CoalitionAction> {

    private static final Map<String, CoalitionAction> BY_NAME = byName();

    private static Map<String, CoalitionAction> byName() {
        Map<String, CoalitionAction> byName = new LinkedHashMap<>();
        for (CoalitionAction action : CoalitionAction.values()) {
            byName.put(action.name(), action);
        }
        return Map.copyOf(byName);
    }

    /** @throws IllegalArgumentException for a name that is not an action of the table */
    @Override
    public CoalitionAction get(Object name) {
        CoalitionAction action = BY_NAME.get(name);
        if (action == null) {
            throw new IllegalArgumentException("No such action in the access table: " + name);
        }
        return action;
    }

    @Override
    public boolean containsKey(Object name) {
        return BY_NAME.containsKey(name);
    }

    @Override
    public Set<Entry<String, CoalitionAction>> entrySet() {
        return BY_NAME.entrySet();
    }
}
