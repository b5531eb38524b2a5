package org.coalition.network;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.coalition.coalition.Coalition;
import org.coalition.people.Person;
import org.coalition.stakeholder.DecisionRole;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Stakeholder;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.Stance;

/** Writes a large network in one transaction, faster than through the services (whose rules other tests check). */
@Stateless
@PermitAll
public class InfluenceFixture {

    @PersistenceContext
    private EntityManager em;

    /**
     * {@code people} stakeholders (every tenth an approver) and {@code links} random links among them and from the
     * given members, with notes; the same for the same seed.
     */
    public void seed(long coalitionId, int people, int links, List<String> members) {
        Coalition coalition = em.find(Coalition.class, coalitionId);
        Random random = new Random(people * 31L + links);
        List<Stakeholder> stakeholders = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            StakeholderDraft draft = new StakeholderDraft();
            draft.setName(String.format("Person %04d", i));
            draft.setLevel(Level.values()[i % Level.values().length]);
            draft.setDepartment("Department " + i % 12);
            draft.setInfluence(1 + i % 5);
            draft.setInterest(1 + i * 7 % 5);
            draft.setStance(Stance.values()[i % Stance.values().length]);
            Stakeholder s = new Stakeholder(coalition, draft, null, LocalDate.now());
            if (i % 10 == 0) {
                s.markDecisionMaker(DecisionRole.APPROVER);
            }
            em.persist(s);
            stakeholders.add(s);
        }
        List<Person> persons = members.stream()
                .map(u -> em.createQuery("SELECT p FROM Person p WHERE p.username = :u", Person.class)
                        .setParameter("u", u)
                        .getSingleResult())
                .toList();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        while (pairs.size() < links) {
            Stakeholder to = stakeholders.get(random.nextInt(people));
            int strength = 1 + random.nextInt(3);
            InfluenceKind kind = InfluenceKind.values()[random.nextInt(InfluenceKind.values().length)];
            if (random.nextInt(20) == 0 && !persons.isEmpty()) {
                Person member = persons.get(random.nextInt(persons.size()));
                if (pairs.add("m" + member.getId() + ">" + to.getId())) {
                    em.persist(InfluenceLink.fromMember(member, to, kind, strength, "note", "test", Instant.now()));
                }
            } else {
                Stakeholder from = stakeholders.get(random.nextInt(people));
                if (from != to && pairs.add("s" + from.getId() + ">" + to.getId())) {
                    em.persist(InfluenceLink.between(from, to, kind, strength, "note", "test", Instant.now()));
                }
            }
            if (pairs.size() % 500 == 0) {
                em.flush();
            }
        }
    }
}
