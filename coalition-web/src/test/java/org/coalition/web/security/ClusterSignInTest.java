package org.coalition.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fish.payara.security.openid.api.IdentityToken;
import fish.payara.security.openid.api.OpenIdContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coalition.platform.SecurityHeadersFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which requests the cluster's sign-in carries on itself (a session signed in on another server, recorded
 * there) and which it leaves to Payara's OpenID Connect mechanism (everything else, unchanged), and what it
 * records after Payara signed someone in.
 */
class ClusterSignInTest {

    private final List<String> calls = new ArrayList<>();
    private final Map<String, Object> session = new HashMap<>();
    /** Payara's session-scoped context on this server: its identity token, or none (signed in elsewhere). */
    private String tokenHere;

    private AuthenticationStatus payaraSays = AuthenticationStatus.SUCCESS;
    /** The headers of the answer, and those there when Payara's mechanism ran (and may have redirected). */
    private final Map<String, String> headers = new HashMap<>();

    private final Map<String, String> headersWhenPayaraRan = new HashMap<>();
    private ClusterSignIn signIn;

    @BeforeEach
    void wire() throws ReflectiveOperationException {
        signIn = new ClusterSignIn();
        set("payara", proxy(HttpAuthenticationMechanism.class, (method, args) -> {
            calls.add("payara");
            headersWhenPayaraRan.putAll(headers);
            return payaraSays;
        }));
        set("openId", proxy(OpenIdContext.class, (method, args) -> switch (method) {
            case "getIdentityToken" ->
                tokenHere == null
                        ? null
                        : proxy(IdentityToken.class, (m, a) -> m.equals("getToken") ? tokenHere : null);
            case "getCallerName" -> "bob";
            case "getCallerGroups" -> Set.of("employee");
            default -> throw new AssertionError("unexpected " + method);
        }));
    }

    @Test
    void a_browser_sign_in_is_recorded_in_the_session_once_per_token() throws Exception {
        tokenHere = "token-1";
        assertEquals(
                AuthenticationStatus.SUCCESS,
                signIn.validateRequest(request(true, null, "/coalition/"), response(), context()));
        assertEquals(Optional.of(new SignedInCaller("bob", Set.of("employee"), "token-1")), recorded());

        SignedInCaller first = recorded().orElseThrow();
        signIn.validateRequest(request(true, null, "/coalition/dashboard.xhtml"), response(), context());
        assertTrue(
                first == session.get(SignedInCaller.ATTRIBUTE),
                "not written again: the session is not dirtied on every request");

        tokenHere = "token-2"; // signed in again (the provider's session had ended)
        signIn.validateRequest(request(true, null, "/coalition/"), response(), context());
        assertEquals("token-2", recorded().orElseThrow().identityToken());
        assertEquals(
                List.of(
                        "payara",
                        "clean",
                        "login bob [employee]",
                        "payara",
                        "clean",
                        "login bob [employee]",
                        "payara",
                        "clean",
                        "login bob [employee]"),
                calls);
    }

    @Test
    void every_request_of_a_signed_in_session_names_the_caller_with_their_roles_after_payara() throws Exception {
        // Payara 6 carries a session on with a principal and no roles, and finds the roles through state that
        // concurrent requests share (Payara issue 6145): the caller is named again, with roles, every time.
        tokenHere = "token-1";
        session.put(SignedInCaller.ATTRIBUTE, new SignedInCaller("bob", Set.of("employee"), "token-1"));
        assertEquals(
                AuthenticationStatus.SUCCESS,
                signIn.validateRequest(request(true, null, "/coalition/dashboard.xhtml"), response(), context()));
        assertEquals(List.of("payara", "clean", "login bob [employee]"), calls);
    }

    @Test
    void a_session_signed_in_on_another_server_goes_on_with_its_caller_and_roles() throws Exception {
        session.put(SignedInCaller.ATTRIBUTE, new SignedInCaller("bob", Set.of("employee", "executive"), "token-1"));

        assertEquals(
                AuthenticationStatus.SUCCESS,
                signIn.validateRequest(request(true, null, "/coalition/dashboard.xhtml"), response(), context()));
        assertEquals(1, calls.size());
        assertTrue(
                calls.get(0).equals("login bob [employee, executive]")
                        || calls.get(0).equals("login bob [executive, employee]"),
                calls.get(0));
    }

    @Test
    void without_a_session_a_recorded_caller_with_a_bearer_token_or_at_the_callback_it_is_payaras() throws Exception {
        signIn.validateRequest(request(false, null, "/coalition/"), response(), context());
        signIn.validateRequest(
                request(true, null, "/coalition/"),
                response(),
                context()); // nobody signed in, Payara sends to the provider
        payaraSays = AuthenticationStatus.SEND_CONTINUE;
        session.put(SignedInCaller.ATTRIBUTE, new SignedInCaller("bob", Set.of("employee"), "token-1"));
        signIn.validateRequest(request(true, "Bearer abc", "/coalition-api/coalitions"), response(), context());
        signIn.validateRequest(request(true, null, "/coalition/Callback"), response(), context());
        assertEquals(List.of("payara", "payara", "payara", "payara"), calls);
    }

    @Test
    void the_sign_in_callback_is_payaras_and_records_the_caller_at_once() throws Exception {
        session.put(SignedInCaller.ATTRIBUTE, new SignedInCaller("bob", Set.of("employee"), "token-1"));
        tokenHere = "token-2"; // bob signs in again here (the provider's callback): not carried on, recorded anew
        assertEquals(
                AuthenticationStatus.SUCCESS,
                signIn.validateRequest(request(true, null, "/coalition/Callback"), response(), context()));
        assertEquals(List.of("payara"), calls);
        assertEquals("token-2", recorded().orElseThrow().identityToken());
    }

    @Test
    void a_failed_or_unfinished_sign_in_records_nothing() throws Exception {
        tokenHere = "token-1";
        payaraSays = AuthenticationStatus.SEND_CONTINUE;
        signIn.validateRequest(request(true, null, "/coalition/"), response(), context());
        assertEquals(Optional.empty(), recorded());
    }

    @Test
    void the_security_headers_are_on_the_answer_before_payara_sends_the_browser_to_the_identity_provider()
            throws Exception {
        // Payara's redirect is made before any filter runs: the mechanism is the only place that sees it
        payaraSays = AuthenticationStatus.SEND_CONTINUE;
        signIn.validateRequest(request(false, null, "/coalition/my-work.xhtml"), response(), context());
        assertEquals("nosniff", headersWhenPayaraRan.get("X-Content-Type-Options"));
        assertEquals("same-origin", headersWhenPayaraRan.get("Referrer-Policy"));
        assertEquals(SecurityHeadersFilter.STRICT_POLICY, headersWhenPayaraRan.get("Content-Security-Policy"));
    }

    private Optional<SignedInCaller> recorded() {
        return SignedInCaller.of(httpSession());
    }

    private HttpSession httpSession() {
        return proxy(HttpSession.class, (method, args) -> switch (method) {
            case "getAttribute" -> session.get((String) args[0]);
            case "setAttribute" -> session.put((String) args[0], args[1]);
            default -> throw new AssertionError("unexpected " + method);
        });
    }

    /** A response that keeps its headers (the sign-in may set headers, nothing else). */
    private HttpServletResponse response() {
        return proxy(HttpServletResponse.class, (method, args) -> switch (method) {
            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
            case "containsHeader" -> headers.containsKey((String) args[0]);
            default -> throw new AssertionError("unexpected " + method);
        });
    }

    private HttpMessageContext context() {
        return proxy(HttpMessageContext.class, (method, args) -> {
            if (method.equals("notifyContainerAboutLogin")) {
                calls.add("login " + args[0] + " " + args[1]);
                return AuthenticationStatus.SUCCESS;
            }
            if (method.equals("cleanClientSubject")) {
                calls.add("clean");
                return null;
            }
            throw new AssertionError("unexpected " + method);
        });
    }

    /** A request that answers only what the sign-in may read (no parameters: Faces sets their encoding first). */
    private HttpServletRequest request(boolean withSession, String authorization, String uri) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("getSession", withSession ? httpSession() : null);
        answers.put("getHeader", authorization);
        answers.put("getRequestURI", uri);
        return proxy(HttpServletRequest.class, (method, args) -> {
            if (!answers.containsKey(method)) {
                throw new AssertionError("the sign-in must not read " + method);
            }
            return answers.get(method);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(
                ClusterSignInTest.class.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> answer.answer(method.getName(), args);
                });
    }

    private void set(String field, Object value) throws ReflectiveOperationException {
        Field f = ClusterSignIn.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(signIn, value);
    }
}
