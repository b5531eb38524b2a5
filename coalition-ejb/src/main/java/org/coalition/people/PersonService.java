package org.coalition.people;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.coalition.access.Roles;

/** The people the application knows, kept in step with the identity provider at each sign-in. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DEPARTMENT_ADMIN, Roles.EXECUTIVE, Roles.EMPLOYEE})
public class PersonService {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    /** Creates or refreshes the caller's record from what their token says about them. */
    public Person recordSignIn(String displayName, String email, String department, boolean executive) {
        String username = context.getCallerPrincipal().getName();
        Person person = findByUsername(username).orElseGet(() -> {
            Person created = new Person(username, displayName, email, department);
            em.persist(created);
            return created;
        });
        person.refresh(displayName, email, department);
        person.setExecutive(executive);
        person.signedInAt(Instant.now());
        return person;
    }

    /** The caller's own record, created from the principal alone if they never signed in through the web. */
    public Person current() {
        String username = context.getCallerPrincipal().getName();
        return findByUsername(username).orElseGet(() -> {
            Person created = new Person(username, username, null, null);
            em.persist(created);
            return created;
        });
    }

    private Optional<Person> findByUsername(String username) {
        return em.createQuery("SELECT p FROM Person p WHERE p.username = :username", Person.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
