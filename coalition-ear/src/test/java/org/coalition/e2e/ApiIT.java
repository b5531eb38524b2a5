package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.json.Json;

/**
 * The REST API end to end: real access tokens from the test Keycloak (password grant), the real EAR on Payara
 * Server, plain java.net.http. Each test arranges its own data or uses the demo coalition "Flexible work hours"
 * (alice executive sponsor, bob member, carol observer), so they run in any order.
 */
@ResourceLock(SharedState.DEMO_COALITION)
@ResourceLock(value = SharedState.ERIN, mode = ResourceAccessMode.READ)
class ApiIT {

    static final String SERVER = "http://localhost:8080";
    static final String API = SERVER + "/coalition-api/v1/";
    static final String TOKENS = "http://localhost:8180/realms/coalition/protocol/openid-connect/token";
    /**
     * HTTP/1.1, as browsers and curl speak it over cleartext. The JDK's default asks to upgrade to cleartext HTTP/2
     * (h2c), Payara agrees, and Java 17's HTTP/2 client fails a request when the server ends an idle connection (CI
     * once failed a GET here with "request failed"). Turning h2c off in the server instead left the JDK client's
     * uploads waiting for a body that never came (InfluenceNetworkIT's import, 2026-12-06), so it stays on.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static final Json JSON = new Json();
    private static final Map<String, String> TOKEN_CACHE = new ConcurrentHashMap<>();

    /**
     * A sign-in through the pages before any API call: the server collects its identity stores from the module
     * that authenticates first, and the API's bearer tokens must be understood whichever that is.
     */
    @BeforeAll
    static void someone_signs_in_on_the_pages_first() {
        try (Browser erin = Browser.signedInAs("erin")) {
            erin.open("my-work.xhtml");
        }
    }

    /** An HTTP answer, with its body read as JSON where there is one. */
    record Reply(int status, HttpResponse<String> response) {

        /** A header's value; several fields of the same name (e.g. one Link per relation) joined by ", ". */
        String header(String name) {
            List<String> values = response.headers().allValues(name);
            return values.isEmpty() ? null : String.join(", ", values);
        }

        String body() {
            return response.body();
        }

        Map<String, Object> json() {
            return JSON.toType(response.body(), Json.MAP_TYPE);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) json().get("items");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors() {
            return (List<Map<String, Object>>) json().get("errors");
        }

        long id() {
            return ((Number) json().get("id")).longValue();
        }

        Reply expect(int expected) {
            assertEquals(expected, status, () -> "HTTP " + status + ": " + body());
            return this;
        }

        /** An RFC 9457 problem with this status and title, as application/problem+json. */
        Reply expectProblem(int expected, String title) {
            expect(expected);
            assertTrue(header("Content-Type").startsWith("application/problem+json"), header("Content-Type"));
            Map<String, Object> problem = json();
            assertEquals(expected, ((Number) problem.get("status")).intValue(), body());
            assertEquals(title, problem.get("title"), body());
            assertTrue(String.valueOf(problem.get("type")).startsWith("urn:coalition:problem:"), body());
            assertNotNull(problem.get("detail"), body());
            assertFalse(body().contains("Exception"), "no stack trace or exception name: " + body());
            return this;
        }
    }

    /** A real access token for a demo user (password = user name), fetched once per user. */
    static String token(String user) {
        return TOKEN_CACHE.computeIfAbsent(user, u -> {
            String form = "grant_type=password&client_id=coalition-app&client_secret=coalition-demo-secret&username="
                    + URLEncoder.encode(u, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(u, StandardCharsets.UTF_8);
            Reply reply = send(HttpRequest.newBuilder(URI.create(TOKENS))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            reply.expect(200);
            return (String) reply.json().get("access_token");
        });
    }

    static Reply get(String user, String path) {
        return call("GET", user, path, null);
    }

    static Reply call(String method, String user, String path, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : API + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(
                                        body instanceof String s ? s : JSON.toJson(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        boolean accept = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]); // e.g. a Content-Type other than JSON
            accept |= headers[i].equalsIgnoreCase("Accept");
        }
        if (!accept) {
            request.header("Accept", "application/json");
        }
        return send(request);
    }

    private static Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The id of the caller's coalition with this exact name, paging through their whole list. */
    static long coalitionNamed(String user, String name) {
        for (int page = 0; ; page++) {
            Reply reply = get(user, "coalitions?size=10&page=" + page).expect(200);
            for (Map<String, Object> item : reply.items()) {
                if (name.equals(item.get("name"))) {
                    return ((Number) item.get("id")).longValue();
                }
            }
            if (reply.header("Link") == null || !reply.header("Link").contains("rel=\"next\"")) {
                throw new AssertionError(user + " has no coalition named " + name);
            }
        }
    }

    static long demoCoalition() {
        return coalitionNamed("bob", "Flexible work hours");
    }

    static Map<String, Object> coalition(String name) {
        return Map.of(
                "name",
                name,
                "objective",
                "Agree core hours per team, within a company-wide frame.",
                "targetDate",
                LocalDate.now().plusMonths(3).toString());
    }

    @Test
    void calls_without_a_valid_token_are_refused_with_401_as_problem_json() {
        Reply none = call("GET", null, "coalitions", null);
        none.expectProblem(401, "Sign-in required");

        Reply forged =
                call("GET", null, "coalitions", null, "Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl");
        forged.expectProblem(401, "Sign-in required");
    }

    @Test
    void bob_proposes_reads_lists_and_updates_a_coalition_with_etags_and_a_stale_write_gets_412() {
        String name = "API coalition " + UUID.randomUUID().toString().substring(0, 8);
        Reply created = call("POST", "bob", "coalitions", coalition(name)).expect(201);
        String location = created.header("Location");
        assertTrue(location.startsWith(API + "coalitions/"), location);
        String etag = created.header("ETag");
        assertTrue(etag.matches("\"\\d+\""), "the ETag is the quoted version: " + etag);
        assertEquals("MEMBER", created.json().get("yourRole"));

        Reply read = get("bob", location).expect(200);
        assertEquals(name, read.json().get("name"));
        assertEquals(etag, read.header("ETag"));
        assertEquals(created.id(), coalitionNamed("bob", name), "listed among bob's coalitions");

        Map<String, Object> renamed = coalition(name + " (renamed)");
        Reply updated = call("PUT", "bob", location, renamed, "If-Match", etag).expect(200);
        assertEquals(name + " (renamed)", updated.json().get("name"));
        String newEtag = updated.header("ETag");
        assertNotEquals(etag, newEtag);

        Reply stale = call("PUT", "bob", location, coalition(name + " (lost update)"), "If-Match", etag);
        stale.expectProblem(412, "Changed by someone else");
        Reply noIfMatch = call("PUT", "bob", location, coalition(name + " (blind write)"));
        String cookie = read.header("Set-Cookie");
        if (cookie != null) {
            String session = cookie.split(";")[0];
            call("GET", null, location, null, "Cookie", session).expectProblem(401, "Sign-in required");
        }
        noIfMatch.expectProblem(428, "If-Match required");
        assertEquals(
                name + " (renamed)", get("bob", location).expect(200).json().get("name"), "nothing overwritten");
    }

    @Test
    void invalid_input_is_refused_with_one_error_per_field() {
        Reply invalid = call(
                "POST",
                "bob",
                "coalitions",
                Map.of("name", " ", "targetDate", LocalDate.now().minusDays(1).toString()));
        invalid.expectProblem(400, "Invalid request");
        Map<String, String> errors = new java.util.HashMap<>();
        invalid.errors().forEach(e -> errors.put((String) e.get("field"), (String) e.get("message")));
        assertEquals("Give the coalition a name.", errors.get("name"), invalid.body());
        assertEquals("State the shared objective.", errors.get("objective"), invalid.body());
        assertEquals("The target date cannot be in the past.", errors.get("targetDate"), invalid.body());

        call("POST", "bob", "coalitions", "{\"name\": ").expectProblem(400, "Unreadable request");

        Reply paging = get("bob", "coalitions?size=1000&page=-1");
        paging.expectProblem(400, "Invalid request");
        assertEquals(2, paging.errors().size(), paging.body());

        long demo = demoCoalition();
        Reply task = call("POST", "bob", "coalitions/" + demo + "/tasks", Map.of("title", "x".repeat(151)));
        task.expectProblem(400, "Invalid request");
        List<Object> fields = task.errors().stream()
                .map(e -> e.get("field"))
                .map(Object.class::cast)
                .toList();
        assertTrue(fields.containsAll(List.of("title", "assignee")), task.body());
    }

    @Test
    void an_observer_reads_without_notes_but_may_not_write_and_strangers_are_refused() {
        long demo = demoCoalition();
        Reply asObserver = get("carol", "coalitions/" + demo).expect(200);
        assertEquals("OBSERVER", asObserver.json().get("yourRole"));
        @SuppressWarnings("unchecked")
        List<String> allowed = (List<String>) asObserver.json().get("allowedActions");
        assertTrue(allowed.contains("VIEW") && !allowed.contains("EDIT_STAKEHOLDERS"), allowed.toString());

        Reply register =
                get("carol", "coalitions/" + demo + "/stakeholders?sort=name").expect(200);
        long stakeholder = ((Number) register.items().get(0).get("id")).longValue();
        Reply asMember = get("bob", "stakeholders/" + stakeholder).expect(200);
        Reply seenByObserver = get("carol", "stakeholders/" + stakeholder).expect(200);
        assertEquals(asMember.json().get("name"), seenByObserver.json().get("name"));
        assertNull(seenByObserver.json().get("notes"), "observers never see notes");

        Map<String, Object> stakeholderInput = Map.of(
                "name",
                "Never stored",
                "level",
                "MANAGER",
                "department",
                "Sales",
                "influence",
                3,
                "interest",
                3,
                "stance",
                "NEUTRAL");
        Map<String, Object> refused = call("POST", "carol", "coalitions/" + demo + "/stakeholders", stakeholderInput)
                .expectProblem(403, "Not allowed")
                .json();
        assertEquals("urn:coalition:problem:role-may-not", refused.get("type"), String.valueOf(refused));
        assertEquals(List.of("OBSERVER", "EDIT_STAKEHOLDERS"), refused.get("arguments"), String.valueOf(refused));
        call("PUT", "carol", "coalitions/" + demo, coalition("Taken over"), "If-Match", asObserver.header("ETag"))
                .expectProblem(403, "Not allowed");

        // frank administers access for Engineering, the demo coalition's lead department: he sees it to manage
        // access, exactly as on the pages, and nothing more
        @SuppressWarnings("unchecked")
        List<String> franks = (List<String>)
                get("frank", "coalitions/" + demo).expect(200).json().get("allowedActions");
        assertEquals(List.of("VIEW", "MANAGE_ACCESS"), franks);
        call("POST", "frank", "coalitions/" + demo + "/stakeholders", stakeholderInput)
                .expectProblem(403, "Not allowed");

        long erins = call(
                        "POST",
                        "erin",
                        "coalitions",
                        coalition("Erin's " + UUID.randomUUID().toString().substring(0, 8)))
                .expect(201)
                .id();
        get("carol", "coalitions/" + erins).expectProblem(403, "Not allowed");
        get("carol", "coalitions/" + erins + "/tasks").expectProblem(403, "Not allowed");
        get("carol", "coalitions/" + erins + "/stakeholders").expectProblem(403, "Not allowed");
        Map<String, Object> missing = get("bob", "coalitions/987654321")
                .expectProblem(404, "Not found")
                .json();
        assertEquals("urn:coalition:problem:no-coalition", missing.get("type"), String.valueOf(missing));
        assertEquals(
                987654321L,
                ((Number) ((List<?>) missing.get("arguments")).get(0)).longValue(),
                String.valueOf(missing));
        get("bob", "tasks/987654321").expectProblem(404, "Not found");
    }

    @Test
    void the_register_is_paged_and_a_member_adds_and_edits_a_stakeholder() {
        long demo = demoCoalition();
        Reply first = get("bob", "coalitions/" + demo + "/stakeholders?size=2").expect(200);
        assertEquals(2, first.items().size());
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertTrue(total > 2, "the demo coalition has more than 2 stakeholders: " + total);
        assertEquals(total, ((Number) first.json().get("total")).longValue());
        assertTrue(first.header("Link").contains("rel=\"next\""), first.header("Link"));
        Reply second =
                get("bob", "coalitions/" + demo + "/stakeholders?size=2&page=1").expect(200);
        assertNotEquals(first.items().get(0).get("id"), second.items().get(0).get("id"));

        String name = "API coalition " + UUID.randomUUID().toString().substring(0, 8);
        long own =
                call("POST", "bob", "coalitions", coalition(name)).expect(201).id();
        Map<String, Object> input = new java.util.HashMap<>(Map.of(
                "name",
                "Nora Quist",
                "title",
                "Head of Support",
                "level",
                "DIRECTOR",
                "department",
                "Operations",
                "influence",
                4,
                "interest",
                2,
                "resources",
                List.of("PEOPLE"),
                "stance",
                "SKEPTIC",
                "notes",
                "Worried about phone cover."));
        Reply added = call("POST", "bob", "coalitions/" + own + "/stakeholders", input)
                .expect(201);
        assertEquals("Worried about phone cover.", added.json().get("notes"));
        String location = added.header("Location");

        input.put("stance", "SUPPORTER");
        call("PUT", "bob", location, input, "If-Match", added.header("ETag")).expectProblem(422, "Rule violated");
        input.put("stanceReason", "The rota pilot answered her worry.");
        Reply updated = call("PUT", "bob", location, input, "If-Match", added.header("ETag"))
                .expect(200);
        assertEquals("SUPPORTER", updated.json().get("stance"));
        assertEquals(2, ((List<?>) updated.json().get("stanceHistory")).size());
    }

    @Test
    void tasks_are_created_and_updated_and_only_an_executive_sponsor_decides_a_milestone() {
        long demo = demoCoalition();
        String title = "API milestone " + UUID.randomUUID().toString().substring(0, 8);
        Reply proposed = call(
                        "POST",
                        "bob",
                        "coalitions/" + demo + "/milestones",
                        Map.of(
                                "title",
                                title,
                                "dueOn",
                                LocalDate.now().plusWeeks(6).toString()))
                .expect(201);
        assertEquals("PROPOSED", proposed.json().get("status"));
        String milestone = proposed.header("Location");
        long milestoneId = proposed.id();
        boolean listed = get("bob", "coalitions/" + demo + "/milestones?size=100").expect(200).items().stream()
                .anyMatch(m -> title.equals(m.get("title")));
        assertTrue(listed, "the new milestone is listed");

        Reply task = call(
                        "POST",
                        "bob",
                        "coalitions/" + demo + "/tasks",
                        Map.of(
                                "title",
                                "Draft the rota for " + title,
                                "assignee",
                                "bob",
                                "milestoneId",
                                milestoneId,
                                "dueOn",
                                LocalDate.now().plusWeeks(2).toString()))
                .expect(201);
        assertEquals("TO_DO", task.json().get("status"));
        assertEquals(title, task.json().get("milestoneTitle"));
        Reply progressed = call(
                        "PUT",
                        "bob",
                        task.header("Location"),
                        Map.of("status", "IN_PROGRESS", "progressNotes", "First draft shared"),
                        "If-Match",
                        task.header("ETag"))
                .expect(200);
        assertEquals("IN_PROGRESS", progressed.json().get("status"));
        call("PUT", "bob", task.header("Location"), Map.of("status", "DONE"), "If-Match", task.header("ETag"))
                .expectProblem(412, "Changed by someone else");
        call("PUT", "carol", task.header("Location"), Map.of("status", "DONE"), "If-Match", progressed.header("ETag"))
                .expectProblem(403, "Not allowed");
        long tasks = Long.parseLong(
                get("bob", "coalitions/" + demo + "/tasks?size=1").expect(200).header("X-Total-Count"));
        assertTrue(tasks >= 1);

        String etag = proposed.header("ETag");
        call("POST", "bob", milestone + "/decision", Map.of("approve", true), "If-Match", etag)
                .expectProblem(403, "Not allowed");
        call("POST", "alice", milestone + "/decision", Map.of("comment", "Fine"), "If-Match", etag)
                .expectProblem(400, "Invalid request");
        Reply approved = call(
                        "POST",
                        "alice",
                        milestone + "/decision",
                        Map.of("approve", true, "comment", "Go ahead."),
                        "If-Match",
                        etag)
                .expect(200);
        assertEquals("APPROVED", approved.json().get("status"));
        assertEquals("Alice Adams", approved.json().get("decidedBy"));
        call("POST", "alice", milestone + "/decision", Map.of("approve", false), "If-Match", etag)
                .expectProblem(412, "Changed by someone else");
        call(
                        "PUT",
                        "bob",
                        milestone,
                        Map.of(
                                "title",
                                title + " again",
                                "dueOn",
                                LocalDate.now().plusWeeks(7).toString()),
                        "If-Match",
                        approved.header("ETag"))
                .expectProblem(422, "Rule violated");
    }

    @Test
    void the_openapi_document_describes_every_resource_and_the_api_page_is_served_by_the_application() {
        Reply openapi = call("GET", null, SERVER + "/openapi", null, "Accept", "application/json")
                .expect(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) openapi.json().get("paths");
        for (String path : List.of(
                "/coalitions",
                "/coalitions/{id}",
                "/coalitions/{coalitionId}/stakeholders",
                "/stakeholders/{id}",
                "/coalitions/{coalitionId}/tasks",
                "/tasks/{id}",
                "/coalitions/{coalitionId}/milestones",
                "/milestones/{id}",
                "/milestones/{id}/decision")) {
            assertTrue(paths.containsKey("/v1" + path), "/v1" + path + " in " + paths.keySet());
        }
        assertTrue(openapi.body().contains("http://localhost:8080/coalition-api"), "the server is the API module");
        assertTrue(openapi.body().contains("bearer"), "the bearer security scheme is described");

        Reply page = call("GET", null, SERVER + "/coalition-api/docs/", null, "Accept", "text/html")
                .expect(200);
        assertTrue(page.body().contains("swagger-ui/swagger-ui-bundle.js"), page.body());
        call("GET", null, SERVER + "/coalition-api/docs/swagger-ui/swagger-ui-bundle.js", null, "Accept", "*/*")
                .expect(200);
    }

    @Test
    void readiness_reports_the_database_and_the_identity_provider_and_liveness_is_up() {
        Reply ready = call("GET", null, SERVER + "/health/ready", null).expect(200);
        assertEquals("UP", ready.json().get("status"), ready.body());
        assertTrue(
                ready.body().contains("\"database\"") && ready.body().contains("\"identity-provider\""), ready.body());
        Reply live = call("GET", null, SERVER + "/health/live", null).expect(200);
        assertEquals("UP", live.json().get("status"), live.body());
        assertTrue(live.body().contains("\"coalition\""), live.body());
    }

    @Test
    void metrics_time_the_pages_and_keep_a_timer_per_api_method() {
        try (Browser bob = Browser.signedInAs("bob")) {
            bob.open("my-work.xhtml");
        }
        String metrics = metrics();
        String pageCount = metrics.lines()
                .filter(l ->
                        l.startsWith("coalition_page_requests_seconds_count") && l.contains("page=\"/my-work.xhtml\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no page timer in\n" + metrics));
        assertTrue(Double.parseDouble(pageCount.substring(pageCount.lastIndexOf(' ') + 1)) >= 1, pageCount);
        // the CPU time of the request's thread: a view of My work costs some, and less than a minute
        String pageCpu = metrics.lines()
                .filter(l -> l.startsWith("coalition_page_cpu_seconds_sum") && l.contains("page=\"/my-work.xhtml\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no page CPU timer in\n" + metrics));
        double cpuSeconds = Double.parseDouble(pageCpu.substring(pageCpu.lastIndexOf(' ') + 1));
        assertTrue(cpuSeconds > 0 && cpuSeconds < 60, pageCpu);
        assertTrue(metrics.contains("org_coalition_api_coalition_CoalitionsResource_list_seconds_count"), metrics);
        assertTrue(metrics.contains("org_coalition_api_milestone_MilestonesResource_decide_seconds_max"), metrics);
    }

    @Test
    void metrics_count_the_api_calls() {
        String before = metrics();
        get("bob", "coalitions?size=1").expect(200);
        get("bob", "coalitions?size=1").expect(200);
        assertEquals(count(before) + 2, count(metrics()), 0.001);
    }

    private static double count(String metrics) {
        String line = metrics.lines()
                .filter(l -> l.startsWith("org_coalition_api_coalition_CoalitionsResource_list_seconds_count"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no API timer in\n" + metrics));
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private static String metrics() {
        return call("GET", null, SERVER + "/metrics?scope=application", null, "Accept", "text/plain")
                .expect(200)
                .body();
    }
}
