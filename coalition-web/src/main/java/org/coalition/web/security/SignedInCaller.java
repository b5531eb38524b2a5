package org.coalition.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in to this HTTP session through the identity provider: caller name, realm roles and the
 * identity token (the hint for the provider's end-session endpoint). Kept as a session attribute so that
 * it travels with the session through the cluster's data grid, which Payara's own OpenID Connect state
 * does not (see {@link ClusterSignIn}).
 */
public record SignedInCaller(String name, Set<String> groups, String identityToken) implements Serializable {

    /** The session attribute it is kept in. */
    public static final String ATTRIBUTE = SignedInCaller.class.getName();

    public SignedInCaller {
        groups = Set.copyOf(groups);
    }

    /** The caller this session was signed in for, if it was. */
    public static Optional<SignedInCaller> of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SignedInCaller caller
                ? Optional.of(caller)
                : Optional.empty();
    }
}
