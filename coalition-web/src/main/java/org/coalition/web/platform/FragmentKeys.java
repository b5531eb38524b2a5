package org.coalition.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Set;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.CoalitionService;
import org.coalition.shared.ChangeStamp;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    CoalitionService coalitions;

    /** Changes written on another server of a cluster do not move this server's stamp: they show after this. */
    @Inject
    @ConfigProperty(name = "coalition.fragments.cache-seconds", defaultValue = "10")
    int seconds;

    private Long askedFor;
    private long askedAt;
    private Set<CoalitionAction> allowed;

    /**
     * Asked as the part renders, so the stamp is read before the part's data (and after any change the
     * request made). The access check is remembered for the request while nothing was written, so asking
     * for several parts costs one statement.
     */
    public String of(String part, Long coalitionId) {
        long stamp = ChangeStamp.current();
        return FragmentKey.of(part, coalitionId, allowed(coalitionId), I18n.locale(), LocalDate.now(), stamp);
    }

    /**
     * The key of a part rendered from data the page read earlier, with its first view (the dashboard's timeline),
     * given the stamp read before that data: an entry is then never keyed newer than what it shows, as a write
     * between the page's reading and its rendering would otherwise make it.
     */
    public String readAt(String part, Long coalitionId, long stamp) {
        return FragmentKey.of(part, coalitionId, allowed(coalitionId), I18n.locale(), LocalDate.now(), stamp);
    }

    /**
     * What the viewer may do in the coalition, asked of the service once per request for all of a page's parts
     * (each call to an enterprise bean passes its security and transaction interceptors, a dashboard asks for
     * five keys), and again only when something was written meanwhile (the stamp moved): a change of role or
     * phase changes what the viewer may do.
     */
    Set<CoalitionAction> allowed(Long coalitionId) {
        long stamp = ChangeStamp.current();
        if (!coalitionId.equals(askedFor) || stamp != askedAt) {
            allowed = coalitions.grant(coalitionId).allowed();
            askedFor = coalitionId;
            askedAt = stamp;
        }
        return allowed;
    }

    public int getSeconds() {
        return seconds;
    }
}
