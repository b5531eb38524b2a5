package org.coalition.network;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Size;

import org.coalition.access.AccessGuard;
import org.coalition.access.Roles;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.Phase;
import org.coalition.stakeholder.Stance;

/**
 * The ally network across coalitions: everyone who took part in the coalitions the caller belongs to
 * (administrators: all coalitions) — members and sponsors, observers, stakeholders with their stance —
 * so that the next initiative can start from yesterday's allies. Two queries, whatever the size.
 * Only names, departments, roles and stances: never notes or conversations.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class AllyNetworkService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessGuard access;

    public AllyNetwork network(@Size(max = 100, message = "{AllyNetworkService.departmentName100Characters}") String department,
                               boolean supportersOnly, boolean pastOnly) {
        boolean all = access.isAdmin();
        String visible = all ? "" : " WHERE c.id IN (SELECT v.coalition.id FROM Membership v WHERE v.person.username = :u)";
        List<Participation> parts = new ArrayList<>();
        TypedQuery<Object[]> members = em.createQuery("""
                SELECT c.id, c.name, c.phase, p.username, p.displayName, p.department, m.role
                FROM Membership m JOIN m.coalition c JOIN m.person p""" + visible, Object[].class);
        TypedQuery<Object[]> stakeholders = em.createQuery("""
                SELECT c.id, c.name, c.phase, s.ssoUsername, s.name, s.department, s.stance
                FROM Stakeholder s JOIN s.coalition c""" + visible, Object[].class);
        if (!all) {
            members.setParameter("u", access.username());
            stakeholders.setParameter("u", access.username());
        }
        members.getResultList().forEach(r -> parts.add(new Participation((Long) r[0], (String) r[1], (Phase) r[2], (String) r[3],
                (String) r[4], (String) r[5], ((CoalitionRole) r[6]).name().toLowerCase(java.util.Locale.ROOT), null)));
        stakeholders.getResultList().forEach(r -> parts.add(new Participation((Long) r[0], (String) r[1], (Phase) r[2], (String) r[3],
                (String) r[4], (String) r[5], "stakeholder", (Stance) r[6])));
        return AllyNetwork.of(parts, new AllyNetwork.Filter(department, supportersOnly, pastOnly));
    }
}
