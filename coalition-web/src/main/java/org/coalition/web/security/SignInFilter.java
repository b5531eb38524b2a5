package org.coalition.web.security;

import fish.payara.security.openid.api.OpenIdContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import org.coalition.access.Roles;
import org.coalition.people.Person;
import org.coalition.people.PersonService;

/**
 * On the first request of a signed-in session, records the person (name, e-mail, department from
 * the token) so the rest of the application can refer to them.
 * Declared in web.xml, which sets its place among the filters.
 */
public class SignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The claim the identity provider puts the department (a Keycloak group) in. */
    static final String DEPARTMENT_CLAIM = "department";

    @Inject
    private SignedInUser user;

    @Inject
    private OpenIdContext openId;

    @EJB
    private PersonService people;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !user.isKnown()) {
            var claims = openId.getClaims();
            String displayName =
                    claims.getName().orElse(request.getUserPrincipal().getName());
            String department = department(openId.getIdentityToken().getClaim(DEPARTMENT_CLAIM))
                    .or(() -> department(openId.getClaimsJson().get(DEPARTMENT_CLAIM)))
                    .orElse(null);
            boolean executive = request.isUserInRole(Roles.EXECUTIVE);
            Person person = people.recordSignIn(displayName, claims.getEmail().orElse(null), department, executive);
            user.signedIn(
                    person.getUsername(),
                    person.getDisplayName(),
                    person.getDepartment(),
                    request.isUserInRole(Roles.ADMIN),
                    request.isUserInRole(Roles.DEPARTMENT_ADMIN),
                    executive);
        }
        chain.doFilter(request, response);
    }

    /** The claim is a list of group names (one per user in the demo realm); a plain string is accepted too. */
    static Optional<String> department(Object claim) {
        Object first = claim;
        if (claim instanceof JsonArray array) {
            first = array.isEmpty() ? null : array.get(0);
        } else if (claim instanceof Collection<?> list) {
            first = list.isEmpty() ? null : list.iterator().next();
        }
        if (first instanceof JsonString json) {
            first = json.getString();
        }
        return Optional.ofNullable(first)
                .map(Object::toString)
                .map(s -> s.replace("\"", "").replaceFirst("^/", ""))
                .filter(s -> !s.isBlank());
    }
}
