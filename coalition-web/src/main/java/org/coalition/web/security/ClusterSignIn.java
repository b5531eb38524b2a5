package org.coalition.web.security;

import fish.payara.security.openid.api.IdentityToken;
import fish.payara.security.openid.api.OpenIdContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coalition.platform.SecurityHeadersFilter;

/**
 * The pages' authentication mechanism: Payara's OpenID Connect mechanism, plus carrying a signed-in
 * session on when another server of the cluster takes it over.
 * <p>
 * Payara's client keeps the sign-in in a session-scoped context whose tokens are not Serializable: the
 * data grid replicates the HTTP session (with the container's principal) but not that context, and on the
 * other server Payara's mechanism then fails on the missing access token (or, without a principal, sends
 * the browser through the identity provider again, losing the form post in flight).
 * <p>
 * This mechanism records the caller of every browser sign-in as a {@link SignedInCaller} session
 * attribute, which is Serializable and replicated. When a request arrives with that attribute but without
 * the provider's tokens on this server, the caller is established from it (name and realm roles, as the
 * provider gave them at the sign-in); everything else — bearer tokens, the sign-in callback, a session
 * without a recorded caller, a session signed in on this server — goes to Payara's mechanism unchanged.
 * The session is the credential here exactly as on the server that signed in; signing out invalidates it
 * on every server.
 * <p>
 * An alternative with a priority, so that Jakarta Security picks it instead of Payara's mechanism (a CDI
 * decorator does not reach Payara's bean, which its extension registers outside the application's bean
 * archives); Payara's mechanism is the other {@code HttpAuthenticationMechanism} bean of this module.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class ClusterSignIn implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(ClusterSignIn.class.getName());

    @Inject
    private BeanManager beans;

    @Inject
    private OpenIdContext openId;

    private HttpAuthenticationMechanism payara;

    /**
     * Payara's mechanism: the other bean of the type (an injection would resolve to this alternative itself;
     * {@code getBeans} lists every enabled bean without choosing).
     */
    @PostConstruct
    void findPayarasMechanism() {
        Bean<?> bean = beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
                .filter(candidate -> candidate.getBeanClass() != ClusterSignIn.class)
                .reduce((first, second) -> {
                    throw new IllegalStateException(
                            "More than one authentication mechanism besides ClusterSignIn: " + first + ", " + second);
                })
                .orElseThrow(() -> new IllegalStateException("Payara's OpenID Connect mechanism is not there"));
        LOG.log(Level.FINE, "Payara''s authentication mechanism: {0}", bean);
        payara = (HttpAuthenticationMechanism)
                beans.getReference(bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        // the mechanism answers before any filter runs (its redirects to the identity provider): the headers now
        SecurityHeadersFilter.setOn(response, SecurityHeadersFilter.STRICT_POLICY);
        HttpSession session = request.getSession(false);
        if (bearer(request)
                || session == null) { // no session: nothing to carry on, and no session-scoped state to touch
            return payara.validateRequest(request, response, context);
        }
        boolean callback =
                request.getRequestURI().endsWith("/Callback"); // a sign-in finishing here: Payara's, then recorded
        Optional<SignedInCaller> recorded = SignedInCaller.of(session);
        if (!callback && recorded.isPresent() && openId.getIdentityToken() == null) {
            SignedInCaller caller = recorded.get();
            LOG.log(Level.FINE, "Session of {0} carried on from another server", caller.name());
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        AuthenticationStatus status = payara.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SUCCESS) {
            IdentityToken token = openId.getIdentityToken(); // read once: a session-scoped lookup on every request
            if (token != null) {
                SignedInCaller caller = record(session, recorded, token.getToken());
                if (!callback) {
                    return withRoles(context, caller);
                }
            }
        }
        return status;
    }

    /**
     * Establishes the caller of a signed-in session by name and with their roles, replacing what Payara's
     * mechanism told the container.
     * <p>
     * Payara 6's OpenID Connect mechanism carries an existing session on with a caller principal and no
     * roles; the container then finds the roles through the session's principal, which it looks up in a
     * security context that every request thread shares while it authenticates (Payara issue 6145, fixed
     * in Payara 7.2026.2 by FISH-7515). When another session's request authenticates at the same moment,
     * the lookup misses, the caller is left without roles, and a page they may see answers 403. Naming
     * the caller and their roles explicitly takes the container's other path, which reads nothing shared.
     */
    private static AuthenticationStatus withRoles(HttpMessageContext context, SignedInCaller caller) {
        context.cleanClientSubject();
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return payara.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        payara.cleanSubject(request, response, context);
    }

    /** Records the caller the provider signed in (again, if the session changed hands to someone else). */
    private SignedInCaller record(HttpSession session, Optional<SignedInCaller> recorded, String token) {
        if (recorded.isPresent() && Objects.equals(recorded.get().identityToken(), token)) {
            return recorded.get();
        }
        SignedInCaller caller = new SignedInCaller(openId.getCallerName(), openId.getCallerGroups(), token);
        session.setAttribute(SignedInCaller.ATTRIBUTE, caller);
        return caller;
    }

    private static boolean bearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
