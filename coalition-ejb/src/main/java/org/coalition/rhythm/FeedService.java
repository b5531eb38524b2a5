package org.coalition.rhythm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.coalition.access.AccessGuard;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.people.PersonService;
import org.coalition.shared.Said;

/** The coalition's feed: updates from its people, celebrated wins and recognitions. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class FeedService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private PersonService people;

    @EJB
    private AuditTrail audit;

    public FeedPost postUpdate(
            long coalitionId,
            @NotBlank(message = "{FeedService.writeUpdateFirst}")
                    @Size(max = 4000, message = "{FeedService.update4000Characters}")
                    String text) {
        access.require(coalitionId, CoalitionAction.POST_UPDATE);
        return post(coalitionId, FeedPost.Kind.UPDATE, text);
    }

    /** Public recognition of someone's contribution: it goes on the feed and the wins wall. */
    public FeedPost recognize(
            long coalitionId,
            @NotBlank(message = "{FeedService.whoseContribution}") @Size(max = 200) String who,
            @NotBlank(message = "{FeedService.whatDidTheyContribute}")
                    @Size(max = 1000, message = "{FeedService.keepItUnder1}")
                    String what) {
        access.require(coalitionId, CoalitionAction.POST_UPDATE);
        return post(coalitionId, FeedPost.Kind.RECOGNITION, Said.of("said.feed.thankYou", who.strip(), what.strip()));
    }

    /** Posts in the caller's name; the caller's access was checked by the calling service. */
    FeedPost post(long coalitionId, FeedPost.Kind kind, String text) {
        FeedPost post =
                new FeedPost(coalitionId, kind, Instant.now(), people.current().getDisplayName(), text);
        em.persist(post);
        audit.record(coalitionId, AuditAction.posted(kind), "FeedPost", null, text, null, null);
        return post;
    }

    /** Posts a sentence the system words (kept as key and values) in the caller's name. */
    FeedPost post(long coalitionId, FeedPost.Kind kind, Said said) {
        FeedPost post =
                new FeedPost(coalitionId, kind, Instant.now(), people.current().getDisplayName(), said);
        em.persist(post);
        audit.record(coalitionId, AuditAction.posted(kind), "FeedPost", null, said, null, null);
        return post;
    }

    public List<FeedPost> latest(long coalitionId, int max) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery(
                        "SELECT p FROM FeedPost p WHERE p.coalitionId = :c ORDER BY p.postedAt DESC, p.id DESC",
                        FeedPost.class)
                .setParameter("c", coalitionId)
                .setMaxResults(Math.min(Math.max(1, max), 200))
                .getResultList();
    }

    /** The wins wall: celebrations and recognitions. */
    public List<FeedPost> wins(long coalitionId, int max) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery("""
                        SELECT p FROM FeedPost p WHERE p.coalitionId = :c
                        AND p.kind IN (org.coalition.rhythm.FeedPost.Kind.CELEBRATION, org.coalition.rhythm.FeedPost.Kind.RECOGNITION)
                        ORDER BY p.postedAt DESC, p.id DESC""", FeedPost.class)
                .setParameter("c", coalitionId)
                .setMaxResults(Math.min(Math.max(1, max), 200))
                .getResultList();
    }
}
