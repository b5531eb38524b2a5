package org.coalition.web.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;
import org.coalition.platform.OidcSettings;
import org.coalition.web.platform.Unavailable;

/**
 * The sign-in redirect's first stop (configured as the provider's authorization endpoint): it asks the
 * identity provider for its discovery document, and only when that answers sends the browser on to the
 * real authorization endpoint with the same parameters (state, nonce, redirect URI). When the provider is
 * down, people get the "sign-in service unavailable" page (503) instead of a browser error, and the next
 * attempt after the provider is back simply works: nothing is cached across attempts but the endpoint.
 */
@WebServlet(SignInGatewayServlet.PATH)
public class SignInGatewayServlet extends HttpServlet {

    static final String PATH = "/sign-in";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignInGatewayServlet.class.getName());

    @Inject
    private OidcSettings settings;

    private transient HttpClient client;

    @Override
    public void init() {
        client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String authorizationEndpoint = authorizationEndpoint();
        if (authorizationEndpoint == null) {
            request.setAttribute("errorMessage", Unavailable.SIGN_IN);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, Unavailable.SIGN_IN);
            return;
        }
        String query = request.getQueryString();
        response.sendRedirect(authorizationEndpoint
                + (query == null ? "" : (authorizationEndpoint.contains("?") ? "&" : "?") + query));
    }

    /** The provider's authorization endpoint when the provider answers now, otherwise null. */
    private String authorizationEndpoint() {
        String discovery = settings.getProviderUri().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        try {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create(discovery))
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                LOG.warning("Sign-in service unavailable: " + discovery + " answered " + answer.statusCode());
                return null;
            }
            try (var reader = Json.createReader(new StringReader(answer.body()))) {
                JsonObject document = reader.readObject();
                return document.getString("authorization_endpoint", null);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning("Sign-in service unavailable: " + discovery + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
