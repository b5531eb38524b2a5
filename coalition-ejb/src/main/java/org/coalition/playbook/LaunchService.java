package org.coalition.playbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coalition.access.AccessGuard;
import org.coalition.access.AccessPolicy;
import org.coalition.access.Roles;
import org.coalition.audit.AuditAction;
import org.coalition.audit.AuditTrail;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.coalition.Membership;
import org.coalition.commonground.CommonGroundService;
import org.coalition.milestone.MilestoneDraft;
import org.coalition.milestone.MilestoneService;
import org.coalition.people.Person;
import org.coalition.platform.RuleViolationException;
import org.coalition.rhythm.RhythmService;
import org.coalition.shared.Refusal;
import org.coalition.shared.Said;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.trust.QuickWinService;

/**
 * The setup wizard's "create it all in one go": a coalition with its sponsors, purpose, rhythm, first
 * stakeholders and a template's milestones and quick wins, in one transaction. It composes the services the
 * coalition's own pages use, so the same rules and audit entries apply to what the wizard creates.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class LaunchService {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

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
    private AuditTrail audit;

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
