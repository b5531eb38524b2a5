package org.coalition.api.platform;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * Every API call needs a caller: without an accepted bearer token the answer is 401 as a problem, before any
 * resource runs — never the pages' redirect to the sign-in. The API's addresses carry no security constraint (a
 * constraint would send callers without a token to the sign-in page), so the container does not authenticate on
 * its own: a call with {@code Authorization: Bearer} is authenticated here, through the application's mechanism
 * and identity stores. Which caller may do what is the services' business (their roles and the coalition
 * membership checks), not this filter's. The API stays stateless: the session the mechanism registers for a
 * bearer call is dropped when the call ends, so scripts cannot pile sessions up.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class CallerRequired implements ContainerRequestFilter, ContainerResponseFilter {

    @Context
    private HttpServletRequest servletRequest;

    @Context
    private HttpServletResponse servletResponse;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString("Authorization");
        if (servletRequest.getUserPrincipal() == null && authorization != null && authorization.startsWith("Bearer ")) {
            try {
                servletRequest.authenticate(servletResponse);
            } catch (IOException | ServletException e) {
                // not accepted: answered below
            }
        }
        if (servletRequest.getUserPrincipal() == null) {
            request.abortWith(Response.status(401)
                    .type(Problem.MEDIA)
                    .header("WWW-Authenticate", "Bearer realm=\"coalition\"")
                    .entity(new Problem(
                            Problem.type("unauthorized"),
                            ProblemMapper.title(401),
                            401,
                            "Send a valid access token from the identity provider: Authorization: Bearer <token>.",
                            request.getUriInfo().getRequestUri().getRawPath(),
                            null))
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        HttpSession session = servletRequest.getSession(false);
        if (session != null && session.isNew()) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // invalidated meanwhile
            }
        }
    }
}
