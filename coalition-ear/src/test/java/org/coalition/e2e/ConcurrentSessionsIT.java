package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Many people signed in at once: distinct sessions of several users, each signed in through Keycloak's real
 * login form, ask pages they may see from several threads at the same moment, every request with another
 * session's cookie. Every answer must be the page, never the 403 page (Payara issue 6145: the container
 * looked a session's roles up in state that concurrent requests share).
 * <p>
 * Plain java.net.http, one client (and cookie jar) per session, as a browser per person would be.
 */
@ResourceLock(value = SharedState.ERIN, mode = ResourceAccessMode.READ)
class ConcurrentSessionsIT {

    private static final String APP = System.getProperty("coalition.e2e.app", Browser.APP);
    private static final List<String> USERS = List.of("alice", "bob", "carol", "dana", "erin", "frank");
    private static final int SESSIONS = 24;
    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 60;
    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private static final List<Session> sessions = new ArrayList<>();

    /** One signed-in person: their name and their own client with its cookies. */
    record Session(String user, HttpClient client) {

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(URI.create(APP + path))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @BeforeAll
    static void many_people_sign_in() throws Exception {
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(signIn(USERS.get(i % USERS.size())));
        }
    }

    @Test
    void should_answer_every_page_to_every_signed_in_session_when_many_ask_at_once() throws Exception {
        List<String> pages = List.of(
                System.getProperty("coalition.e2e.concurrent.pages", "index.xhtml,my-work.xhtml,bench/empty.xhtml")
                        .split(","));
        Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                work.add(threads.submit(() -> {
                    for (int r = 0; r < REQUESTS_PER_THREAD; r++) {
                        int n = next.getAndIncrement();
                        Session session = sessions.get(n % sessions.size()); // consecutive requests: different sessions
                        String page = pages.get((n / sessions.size()) % pages.size());
                        HttpResponse<String> answer = session.get(page);
                        answered.incrementAndGet();
                        if (answer.statusCode() != 200) {
                            refusals.computeIfAbsent(
                                            answer.statusCode() + " " + session.user() + " " + page,
                                            k -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get(5, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(THREADS * REQUESTS_PER_THREAD, answered.get());
        assertEquals(
                Map.of(),
                new TreeMap<>(refusals),
                "answers other than 200 (status, user, page: count) of " + answered.get());
    }

    /**
     * A cookie jar that, like a browser, treats localhost as a secure context: Keycloak marks its sign-in cookies
     * Secure, which java.net's own jar would then only send over https.
     */
    private static final class LocalhostCookies extends CookieHandler {

        private final CookieManager jar = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            URI secure = "localhost".equals(uri.getHost())
                    ? URI.create(uri.toString().replaceFirst("^http:", "https:"))
                    : uri;
            return jar.get(secure, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            jar.put(uri, responseHeaders);
        }
    }

    /** Signs in as a browser does: app, sign-in gateway, Keycloak's form, the callback, back to the app. */
    private static Session signIn(String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new LocalhostCookies())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> form =
                client.send(HttpRequest.newBuilder(URI.create(APP)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher action = FORM_ACTION.matcher(form.body());
        assertTrue(action.find(), "Keycloak's login form, got: " + form.uri());
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> home = client.send(
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode(), user + " signed in: " + home.uri());
        assertTrue(home.uri().toString().startsWith(APP), user + " back at the application: " + home.uri());
        assertTrue(home.body().contains("id=\"welcome\""), user + " sees the home page");
        return new Session(user, client);
    }
}
