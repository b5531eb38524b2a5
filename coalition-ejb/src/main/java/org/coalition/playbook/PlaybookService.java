package org.coalition.playbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coalition.access.AccessGuard;
import org.coalition.access.AccessPolicy;
import org.coalition.access.CoalitionAction;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.coalition.Membership;
import org.coalition.coalition.Phase;
import org.coalition.commonground.CommonGroundService;
import org.coalition.health.Finding;
import org.coalition.health.HealthService;
import org.coalition.health.HealthThresholds;
import org.coalition.milestone.MilestoneDraft;
import org.coalition.milestone.MilestoneService;
import org.coalition.people.Person;
import org.coalition.people.PersonService;
import org.coalition.platform.FactsCache;
import org.coalition.platform.RuleViolationException;
import org.coalition.rhythm.FeedPost;
import org.coalition.rhythm.RhythmService;
import org.coalition.shared.Refusal;
import org.coalition.shared.Said;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.trust.QuickWinService;

/**
 * The guided playbook: where a coalition stands in the method and its next best step, the setup wizard's
 * "create it all in one go", and closing with a retrospective, a celebration and the allies carried
 * forward. The checklist's facts come from a fixed set of aggregate queries ({@link PlaybookFactsQuery}, never one
 * per stakeholder), kept per coalition and day; the rules are plain Java ({@link PlaybookRules}).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class PlaybookService {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    @Inject
    private FactsCache cache;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    @EJB
    private HealthService health;

    @EJB
    private CoalitionService coalitions;

    @EJB
    private CommonGroundService commonGround;

    @EJB
    private RhythmService rhythm;

    @EJB
    private StakeholderService stakeholders;

    @EJB
    private MilestoneService milestones;

    @EJB
    private QuickWinService quickWins;

    @EJB
    private TemplateService templates;

    @EJB
    private PersonService people;

    @EJB
    private AuditTrail audit;

    /** The playbook panel: every phase's checklist and the next best step (the health advisor's correction first). */
    public Playbook playbook(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        LocalDate today = LocalDate.now(ZONE);
        HealthThresholds thresholds = health.thresholds();
        PlaybookFacts facts = cache.get(
                "playbook:" + today,
                coalitionId,
                () -> new PlaybookFactsQuery(em).read(coalitionId, thresholds, today));
        List<Finding> findings = facts.phase() == Phase.CLOSED
                ? List.of()
                : health.assess(coalitionId).findings();
        return new PlaybookRules(thresholds).assess(facts, findings, today);
    }

    private long count(String jpql, long coalitionId) {
        return em.createQuery(jpql, Long.class).setParameter("c", coalitionId).getSingleResult();
    }

    /** The executives the application knows: the people the wizard offers as sponsors. */
    public List<Person> executives() {
        return em.createQuery("SELECT p FROM Person p WHERE p.executive = TRUE ORDER BY p.displayName", Person.class)
                .setMaxResults(500)
                .getResultList();
    }

    /**
     * Creates a coalition with everything the setup wizard gathered, in one transaction, through the same
     * services the coalition's pages use (so the same rules and audit entries apply). The proposer becomes a
     * member; the executives named become its sponsors; only executives can be sponsors.
     */
    public Coalition launch(@NotNull(message = "{CoalitionService.fillCoalitionFirst}") @Valid CoalitionLaunch launch) {
        CoalitionTemplate template = launch.getTemplateId() == null ? null : templates.get(launch.getTemplateId());
        Coalition coalition = coalitions.propose(launch.getBasics());
        long id = coalition.getId();
        if (launch.getRationale() != null && !launch.getRationale().isBlank()) {
            coalition.explainWhy(launch.getRationale());
            audit.record(
                    id,
                    AuditAction.RATIONALE_WRITTEN,
                    "Coalition",
                    id,
                    Said.of("said.audit.rationale"),
                    null,
                    coalition.getRationale());
        }
        nameSponsors(coalition, launch.getSponsors());
        if (launch.getPurpose() != null && !launch.getPurpose().isBlank()) {
            commonGround.revisePurpose(id, 0, launch.getPurpose());
        }
        if (launch.getCadence() != null) {
            rhythm.setCadence(id, null, launch.getCadence());
        }
        for (StakeholderDraft stakeholder : launch.getStakeholders()) {
            stakeholders.add(id, stakeholder);
        }
        if (template != null) {
            coalition.startedFrom(template.getId());
            LocalDate today = LocalDate.now(ZONE);
            for (TemplateLines.MilestoneSkeleton skeleton : template.milestones()) {
                milestones.propose(
                        id,
                        new MilestoneDraft(
                                skeleton.title(),
                                "From the template \u201c" + template.getName() + "\u201d.",
                                today.plusWeeks(skeleton.weeks())));
            }
            for (TemplateLines.QuickWinIdea idea : template.quickWins()) {
                quickWins.plan(id, idea.title(), idea.kind(), null, null, Set.of(), Set.of());
            }
            audit.record(
                    id,
                    AuditAction.TEMPLATE_APPLIED,
                    "CoalitionTemplate",
                    template.getId(),
                    template.getName(),
                    null,
                    null);
        }
        return coalition;
    }

    private void nameSponsors(Coalition coalition, List<String> usernames) {
        Set<String> wanted = new LinkedHashSet<>();
        usernames.stream()
                .filter(u -> u != null && !u.isBlank())
                .map(String::strip)
                .forEach(wanted::add);
        if (wanted.isEmpty()) {
            return;
        }
        List<Person> found = em.createQuery("SELECT p FROM Person p WHERE p.username IN :u", Person.class)
                .setParameter("u", wanted)
                .getResultList();
        if (found.size() != wanted.size()) {
            throw new RuleViolationException(Refusal.SPONSORS_AMONG_EXECUTIVES);
        }
        String me = access.username();
        for (Person person : found) {
            if (!AccessPolicy.maySponsor(person.isExecutive())) {
                throw new RuleViolationException(Refusal.NOT_EXECUTIVE, person.getDisplayName());
            }
            Membership existing = em.createQuery(
                            "SELECT m FROM Membership m WHERE m.coalition = :c AND m.person = :p", Membership.class)
                    .setParameter("c", coalition)
                    .setParameter("p", person)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (existing != null) {
                // The proposer is an executive naming themselves: sponsor instead of member.
                em.remove(existing);
                em.flush();
            }
            em.persist(new Membership(coalition, person, CoalitionRole.SPONSOR, me, Instant.now()));
            audit.record(
                    coalition.getId(),
                    AuditAction.ACCESS_GRANTED,
                    "Person",
                    person.getId(),
                    Said.of("said.audit.sponsorNamed", person.getDisplayName(), String.valueOf(person.getDepartment())),
                    existing == null ? null : existing.getRole().name(),
                    CoalitionRole.SPONSOR.name());
        }
        em.flush();
    }

    /**
     * Closes the coalition: keeps the retrospective, moves it to {@link Phase#CLOSED} (only a sponsor may,
     * and only from Sustaining — {@link CoalitionService#changePhase} applies the phase rules), celebrates its
     * wins on the feed, and carries its allies — champions and supporters among the stakeholders, its
     * sponsors and members — into the ally network.
     */
    public Coalition close(
            long coalitionId,
            long loadedVersion,
            @NotNull(message = "{PlaybookService.writeRetrospectiveFirst}") @Valid RetrospectiveDraft retrospective) {
        access.require(coalitionId, CoalitionAction.ARCHIVE);
        Instant now = Instant.now();
        Person me = people.current();
        if (count("SELECT COUNT(r) FROM Retrospective r WHERE r.coalitionId = :c", coalitionId) == 0) {
            em.persist(new Retrospective(coalitionId, retrospective, me.getDisplayName(), now));
            em.flush();
        }
        Coalition coalition = coalitions.changePhase(coalitionId, loadedVersion, Phase.CLOSED, false);

        List<String> wins = new ArrayList<>();
        em.createQuery("""
                        SELECT q.title FROM QuickWin q WHERE q.coalition.id = :c
                        AND q.status = org.coalition.trust.QuickWinStatus.COMPLETED ORDER BY q.completedOn, q.id""", String.class)
                .setParameter("c", coalitionId)
                .getResultList()
                .forEach(wins::add);
        em.createQuery("""
                        SELECT m.title FROM Milestone m WHERE m.coalition.id = :c
                        AND m.status = org.coalition.milestone.MilestoneStatus.APPROVED ORDER BY m.dueOn, m.id""", String.class)
                .setParameter("c", coalitionId)
                .getResultList()
                .forEach(wins::add);
        Said celebration = wins.isEmpty()
                ? Said.of(
                        "said.feed.closed",
                        coalition.getName(),
                        retrospective.getWhatWorked().strip())
                : Said.of(
                        "said.feed.closedWithWins",
                        coalition.getName(),
                        String.join("; ", wins),
                        retrospective.getWhatWorked().strip());
        em.persist(new FeedPost(coalitionId, FeedPost.Kind.CELEBRATION, now, me.getDisplayName(), celebration));

        int allies = 0;
        for (Stakeholder s : em.createQuery("""
                        SELECT s FROM Stakeholder s WHERE s.coalition.id = :c
                        AND s.stance IN (org.coalition.stakeholder.Stance.CHAMPION, org.coalition.stakeholder.Stance.SUPPORTER)
                        ORDER BY s.name""", Stakeholder.class)
                .setParameter("c", coalitionId)
                .getResultList()) {
            em.persist(new Ally(
                    coalitionId,
                    s.getName(),
                    s.getTitle(),
                    s.getDepartment(),
                    s.getSsoUsername(),
                    Ally.Source.STAKEHOLDER,
                    s.getStance(),
                    now));
            allies++;
        }
        for (Object[] row : em.createQuery("""
                        SELECT p.displayName, p.department, p.username, m.role FROM Membership m JOIN m.person p
                        WHERE m.coalition.id = :c AND m.role <> org.coalition.coalition.CoalitionRole.OBSERVER
                        ORDER BY p.displayName""", Object[].class)
                .setParameter("c", coalitionId)
                .getResultList()) {
            em.persist(new Ally(
                    coalitionId,
                    (String) row[0],
                    null,
                    (String) row[1],
                    (String) row[2],
                    row[3] == CoalitionRole.SPONSOR ? Ally.Source.SPONSOR : Ally.Source.MEMBER,
                    null,
                    now));
            allies++;
        }
        audit.record(
                coalitionId,
                AuditAction.COALITION_CLOSED,
                "Coalition",
                coalitionId,
                Said.of("said.audit.closed", String.valueOf(allies)),
                retrospective.getWhatWorked().strip(),
                retrospective.getWhatToRepeat().strip());
        return coalition;
    }

    public Optional<Retrospective> retrospective(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery("SELECT r FROM Retrospective r WHERE r.coalitionId = :c", Retrospective.class)
                .setParameter("c", coalitionId)
                .getResultStream()
                .findFirst();
    }

    /** The allies a closed coalition carried forward. */
    public List<Ally> allies(long coalitionId) {
        access.require(coalitionId, CoalitionAction.VIEW);
        return em.createQuery("SELECT a FROM Ally a WHERE a.coalitionId = :c ORDER BY a.source, a.name", Ally.class)
                .setParameter("c", coalitionId)
                .getResultList();
    }

    /**
     * The caller's ally network: the allies of the closed coalitions they were a sponsor or member of, for
     * the next initiative (the wizard offers them as first stakeholders). Latest first, one entry per name.
     */
    public List<Ally> myAllyNetwork() {
        List<Ally> all = em.createQuery("""
                        SELECT a FROM Ally a WHERE a.coalitionId IN (
                            SELECT m.coalition.id FROM Membership m WHERE m.person.username = :u
                            AND m.role <> org.coalition.coalition.CoalitionRole.OBSERVER)
                        AND (a.username IS NULL OR a.username <> :u)
                        ORDER BY a.recordedAt DESC, a.name""", Ally.class)
                .setParameter("u", access.username())
                .setMaxResults(500)
                .getResultList();
        Set<String> seen = new HashSet<>();
        return all.stream()
                .filter(a -> seen.add(a.getName().toLowerCase(Locale.ROOT)))
                .limit(100)
                .toList();
    }
}
