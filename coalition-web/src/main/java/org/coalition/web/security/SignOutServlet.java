package org.coalition.web.security;

import fish.payara.security.openid.api.OpenIdContext;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coalition.platform.OidcSettings;

/**
 * Ends both sessions: the application's, and the identity provider's (through its end-session
 * endpoint with the id token as hint), so the next visit asks for the password again.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignOutServlet.class.getName());

    @Inject
    private OpenIdContext openId;

    @Inject
    private OidcSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String endSession = null;
        String idToken = null;
        if (request.getUserPrincipal() != null) {
            try {
                var token = openId.getIdentityToken(); // read once: a session-scoped lookup
                idToken = token != null ? token.getToken() : null;
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "No OpenID context to end at the provider", e);
            }
            if (idToken == null) { // a session carried on by another server of the cluster: the token recorded at the
                // sign-in
                idToken = SignedInCaller.of(request.getSession(false))
                        .map(SignedInCaller::identityToken)
                        .orElse(null);
            }
            endSession = settings.getEndSessionEndpoint();
        }
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String signedOut = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/signed-out.xhtml";
        if (endSession == null || idToken == null) {
            response.sendRedirect(signedOut);
            return;
        }
        response.sendRedirect(endSession + "?id_token_hint=" + URLEncoder.encode(idToken, StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + URLEncoder.encode(signedOut, StandardCharsets.UTF_8));
    }
}
