package org.coalition.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.Membership;
import org.coalition.people.Person;

/** Test-only shortcuts for arranging data that no service offers yet. */
@Stateless
@PermitAll
public class TestData {

    @PersistenceContext
    private EntityManager em;

    /** The person, created if needed, with an e-mail address as after a sign-in (the database may be shared). */
    public Person person(String username) {
        Person person = em.createQuery("SELECT p FROM Person p WHERE p.username = :u", Person.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Person created = new Person(username, username, username + "@example.com", "Engineering");
                    em.persist(created);
                    return created;
                });
        if (person.getEmail() == null) {
            person.refresh(person.getDisplayName(), username + "@example.com", person.getDepartment());
        }
        return person;
    }

    /** Makes sure the person exists with this department and executive flag, as after their sign-in. */
    public Person person(String username, String department, boolean executive) {
        Person person = person(username);
        person.refresh(person.getDisplayName(), person.getEmail(), department);
        person.setExecutive(executive);
        return person;
    }

    public void grant(long coalitionId, String username, CoalitionRole role) {
        em.persist(
                new Membership(em.find(Coalition.class, coalitionId), person(username), role, "test", Instant.now()));
    }

    /** Runs a JPQL bulk update, e.g. to date records back as if they had aged; returns the rows changed. */
    public int update(String jpql, java.util.Map<String, Object> parameters) {
        var query = em.createQuery(jpql);
        parameters.forEach(query::setParameter);
        int changed = query.executeUpdate();
        org.coalition.shared.ChangeStamp.changed(); // bulk updates bypass the entity callbacks
        return changed;
    }

    public <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    /** Writes what the caller's transaction has persisted so far, so that the entity callbacks run now. */
    public void flush() {
        em.flush();
    }

    /** Runs test code with the entity manager, in one transaction (bulk set-up, reading as a service would). */
    public <T> T with(java.util.function.Function<jakarta.persistence.EntityManager, T> work) {
        return work.apply(em);
    }
}
