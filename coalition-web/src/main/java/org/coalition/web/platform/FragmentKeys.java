package org.coalition.web.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionService;
import org.coalition.shared.ChangeStamp;

/**
 * Keys for the shared fragment cache, as pages ask for them: {@code <o:cache scope="application"
 * key="#{fragmentKeys.of('feed', v.id)}" time="#{fragmentKeys.seconds}">}. Asking checks the viewer's access
 * through the service first (one statement, reused by every other check of the request), so cached markup is
 * only handed to someone who may see the coalition, and the key holds what they may do there
 * ({@link FragmentKey}). Only parts without a form, view state or anything about the viewer may be cached.
 */
@Named
@RequestScoped
public class FragmentKeys {

    @EJB
    private CoalitionService coalitions;

    /** Changes written on another server of a cluster do not move this server's stamp: they show after this. */
    @Inject
    @ConfigProperty(name = "coalition.fragments.cache-seconds", defaultValue = "10")
    int seconds;

    private final Map<Long, Set<CoalitionAction>> allowed = new HashMap<>();
    /** Read once, before the first part of the page is rendered; a page's parts all use the same stamp. */
    private Long stamp;

    public String of(String part, Long coalitionId) {
        if (stamp == null) {
            stamp = ChangeStamp.current();
        }
        Set<CoalitionAction> may = allowed.computeIfAbsent(coalitionId, id -> coalitions.grant(id).allowed());
        return FragmentKey.of(part, coalitionId, may, I18n.locale(), java.time.LocalDate.now(), stamp);
    }

    public int getSeconds() {
        return seconds;
    }
}
