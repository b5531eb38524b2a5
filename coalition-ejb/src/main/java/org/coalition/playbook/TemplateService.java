package org.coalition.playbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.logging.Logger;
import org.coalition.access.AccessGuard;
import org.coalition.access.Roles;
import org.coalition.platform.ConcurrentEditException;
import org.coalition.platform.NotFoundException;
import org.coalition.platform.RuleViolationException;
import org.coalition.shared.Refusal;

/**
 * Coalition templates: everyone signed in reads them (the setup wizard offers them); only administrators
 * write them. Templates belong to no coalition, so the realm role is the whole rule here.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class TemplateService {

    private static final Logger LOG = Logger.getLogger(TemplateService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    public List<CoalitionTemplate> list() {
        return em.createQuery("SELECT t FROM CoalitionTemplate t ORDER BY t.name", CoalitionTemplate.class)
                .getResultList();
    }

    /** @throws NotFoundException when there is no such template */
    public CoalitionTemplate get(long templateId) {
        CoalitionTemplate template = em.find(CoalitionTemplate.class, templateId);
        if (template == null) {
            throw new NotFoundException(Refusal.NO_TEMPLATE, templateId);
        }
        return template;
    }

    /** The conversation questions of the template the coalition was started from (none without one). */
    public List<String> questionsFor(long coalitionId) {
        access.require(coalitionId, org.coalition.access.CoalitionAction.VIEW);
        return em.createQuery(
                        "SELECT t FROM CoalitionTemplate t, Coalition c WHERE c.id = :c AND t.id = c.templateId",
                        CoalitionTemplate.class)
                .setParameter("c", coalitionId)
                .getResultStream()
                .findFirst()
                .map(CoalitionTemplate::questions)
                .orElse(List.of());
    }

    @RolesAllowed(Roles.ADMIN)
    public CoalitionTemplate create(
            @NotNull(message = "{TemplateService.fillTemplateFirst}") @Valid TemplateDraft draft) {
        requireUniqueName(draft.getName(), null);
        CoalitionTemplate template = new CoalitionTemplate(draft);
        em.persist(template);
        em.flush();
        LOG.info(() -> access.username() + " created template " + template.getId() + " " + template.getName());
        return template;
    }

    /** @param loadedVersion the version the editor started from: a newer one means someone else saved first */
    @RolesAllowed(Roles.ADMIN)
    public CoalitionTemplate update(
            long templateId,
            long loadedVersion,
            @NotNull(message = "{TemplateService.fillTemplateFirst}") @Valid TemplateDraft draft) {
        CoalitionTemplate template = get(templateId);
        if (template.getVersion() != loadedVersion) {
            throw new ConcurrentEditException(Refusal.Subject.TEMPLATE);
        }
        requireUniqueName(draft.getName(), templateId);
        template.apply(draft);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(Refusal.Subject.TEMPLATE);
        }
        LOG.info(() -> access.username() + " updated template " + templateId + " " + template.getName());
        return template;
    }

    private void requireUniqueName(String name, Long except) {
        boolean taken = em.createQuery("SELECT t.id FROM CoalitionTemplate t WHERE LOWER(t.name) = :n", Long.class)
                .setParameter("n", name.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .anyMatch(id -> !id.equals(except));
        if (taken) {
            throw new RuleViolationException(Refusal.TEMPLATE_EXISTS, name.strip());
        }
    }
}
