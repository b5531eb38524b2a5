package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;

/**
 * The two-node cluster of {@code cluster.sh}, for real: two Payara Server instances of one deployment
 * group on one PostgreSQL database (coalition_cluster), sessions replicated through the data grid, nginx
 * in front (127.0.0.1:20000) saying in {@code X-Upstream} which instance answered. Keycloak is the
 * end-to-end suite's. The jobs fire every 10 seconds here, on both instances at the same moment.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Isolated
class ClusterIT {

    private static final String LB = "http://localhost:20000/coalition/";
    private static final Map<String, String> NODES = Map.of("127.0.0.1:20180", "a", "127.0.0.1:20280", "b");
    private static final Pattern RUN =
            Pattern.compile("(daily health snapshots|daily reminders): (\\d+) recorded by this server");

    private static Path home;

    @BeforeAll
    static void startCluster() {
        home = Path.of(System.getProperty("coalition.cluster.home", "target/cluster"));
        cluster("start", "--fresh-data");
    }

    @AfterAll
    static void stopCluster() {
        cluster("stop");
    }

    @Test
    @Order(1)
    void both_nodes_run_the_jobs_and_each_period_is_recorded_once() throws Exception {
        String today = LocalDate.now().toString();
        String openCoalitions = query("SELECT COUNT(*) FROM coalition WHERE phase <> 'CLOSED'");
        assertNotEquals("0", openCoalitions, "the demo data is there");
        long[] marks = {logSize("a"), logSize("b")};
        // today's work undone: the next firing (on both nodes, same second) has everything to do again
        psql(
                "DELETE FROM health_snapshot WHERE taken_on = DATE '" + today + "'",
                "DELETE FROM feed_post WHERE author = 'Coalition reminders'",
                "DELETE FROM sent_reminder");
        // two firings on each node after the deletion
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (runs("a", marks[0], "daily health snapshots").size() < 2
                || runs("b", marks[1], "daily health snapshots").size() < 2
                || runs("a", marks[0], "daily reminders").size() < 2
                || runs("b", marks[1], "daily reminders").size() < 2) {
            assertTrue(
                    System.nanoTime() < deadline,
                    "both nodes fire the jobs every 10 seconds; see " + home + "/payara6/glassfish/nodes");
            Thread.sleep(1000);
        }

        assertEquals(
                openCoalitions,
                query("SELECT COUNT(*) FROM health_snapshot WHERE taken_on = DATE '" + today + "'"),
                "exactly one snapshot per open coalition for today");
        assertEquals(
                openCoalitions,
                query("SELECT COUNT(DISTINCT coalition_id) FROM health_snapshot WHERE taken_on = DATE '" + today
                        + "'"));
        int snapshotsRecorded =
                sum(runs("a", marks[0], "daily health snapshots")) + sum(runs("b", marks[1], "daily health snapshots"));
        assertEquals(
                Integer.parseInt(openCoalitions), snapshotsRecorded, "the nodes together recorded each snapshot once");

        String reminders = query("SELECT COUNT(*) FROM sent_reminder");
        assertNotEquals("0", reminders, "the demo coalitions have reminders due");
        assertEquals(
                reminders,
                query("SELECT COUNT(*) FROM feed_post WHERE author = 'Coalition reminders'"),
                "each reminder claimed is posted once");
        assertEquals(
                reminders,
                query(
                        "SELECT COUNT(*) FROM (SELECT DISTINCT coalition_id, text FROM feed_post WHERE author = 'Coalition reminders') p"),
                "no reminder text twice on a feed");
        int remindersPosted = sum(runs("a", marks[0], "daily reminders")) + sum(runs("b", marks[1], "daily reminders"));
        assertEquals(Integer.parseInt(reminders), remindersPosted, "the nodes together posted each reminder once");
    }

    /**
     * Log in through one node, stop it, and go on on the other without logging in again: the form the
     * stopped node rendered is posted to the other node and done there (the session, its Faces view and
     * the sign-in travel through the data grid), every write is in the shared database once, nginx never
     * sends the user to the stopped node, and signing out on the other node ends the identity provider's
     * session too.
     */
    @Test
    @Order(2)
    void when_its_node_stops_the_user_goes_on_on_the_other_node_without_logging_in_again() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        try (Browser bob = Browser.signedInAt(LB, "bob")) {
            bob.waitFor(By.linkText("Flexible work hours")).click();
            bob.waitFor(By.id("nav-dashboard")).click();
            bob.waitFor(By.id("dashboard-phase"));
            String dashboard = bob.currentUrl();

            String nodeA = servedBy(bob, dashboard);
            String onA = "Posted on node " + NODES.get(nodeA) + " " + run;
            bob.type(By.id("postUpdate:text"), onA);
            bob.find(By.id("postUpdate:post")).click();
            posted(bob, onA);
            assertEquals(nodeA, servedBy(bob, dashboard), "sticky: the session stays on its node");

            long stopping = System.nanoTime();
            cluster("stop-node", NODES.get(nodeA));
            long stopped = System.nanoTime();

            // the form on the screen was rendered by the stopped node: post it as it is
            String onB = "Posted after node " + NODES.get(nodeA) + " stopped " + run;
            bob.type(By.id("postUpdate:text"), onB);
            bob.find(By.id("postUpdate:post")).click();
            bob.waitUntil(() -> bob.pageText().contains(onB)
                    || bob.isPresent(By.id("kc-login"))
                    || bob.isPresent(By.id("welcome")));
            long served = System.nanoTime();
            assertFalse(bob.isPresent(By.id("kc-login")), "no login page on the other node");
            posted(bob, onB);
            assertTrue(bob.currentUrl().startsWith(LB), "never sent to the identity provider: " + bob.currentUrl());
            String nodeB = servedBy(bob, dashboard);
            assertNotEquals(
                    nodeA, nodeB, "node " + NODES.get(nodeA) + " is down, node " + NODES.get(nodeB) + " answers");
            assertTrue(
                    bob.pageText().contains(onA),
                    "the write made on " + NODES.get(nodeA) + " is there: " + bob.pageText());
            assertTrue(bob.pageText().contains("Bob Baker"), "still bob");
            assertEquals("1", query("SELECT COUNT(*) FROM feed_post WHERE text = '" + onA + "'"));
            assertEquals(
                    "1", query("SELECT COUNT(*) FROM feed_post WHERE text = '" + onB + "' AND author = 'Bob Baker'"));

            // the access rules hold on the other node: a member, not a sponsor, may not read the audit trail
            assertEquals(
                    403,
                    bob.statusOf(LB + "coalitions/audit.xhtml?id="
                            + query("SELECT id FROM coalition WHERE name = 'Flexible work hours'")));

            String measured = String.format(
                    "stop-node %s (graceful): %d ms; then the form it had rendered, posted to %s"
                            + " and done there without signing in again: %d ms%n",
                    NODES.get(nodeA),
                    TimeUnit.NANOSECONDS.toMillis(stopped - stopping),
                    NODES.get(nodeB),
                    TimeUnit.NANOSECONDS.toMillis(served - stopped));
            System.out.print("[cluster] failover: " + measured);
            Files.writeString(home.resolve("failover.txt"), measured);

            // signing out on the other node ends the identity provider's session as well
            bob.open("");
            bob.waitFor(By.id("sign-out")).click();
            bob.waitUntil(() -> bob.currentUrl().contains("signed-out"));
            bob.open("");
            bob.waitFor(By.id("kc-login"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page after the post says so and shows the update (not the page before it, which said so too). */
    private static void posted(Browser browser, String text) {
        browser.waitUntil(() -> browser.pageText().contains("Update posted.")
                && browser.pageText().contains(text));
    }

    /** Which instance nginx sends this browser's session to (its X-Upstream header). */
    private static String servedBy(Browser browser, String url) {
        String upstream = browser.get(url).headers().firstValue("X-Upstream").orElseThrow();
        // after a failed attempt nginx lists both: "127.0.0.1:20180, 127.0.0.1:20280"; the last one answered
        String last = upstream.substring(upstream.lastIndexOf(',') + 1).trim();
        assertTrue(NODES.containsKey(last), "an instance: " + upstream);
        return last;
    }

    private static Path log(String node) {
        return home.resolve("payara6/glassfish/nodes/localhost-cluster/" + node + "/logs/server.log");
    }

    private static long logSize(String node) throws IOException {
        return Files.size(log(node));
    }

    /** What the node's job runs reported since the mark: how many each recorded. */
    private static List<Integer> runs(String node, long mark, String job) throws IOException {
        byte[] all = Files.readAllBytes(log(node));
        String since = new String(all, (int) Math.min(mark, all.length), (int) Math.max(0, all.length - mark));
        List<Integer> counts = new ArrayList<>();
        Matcher m = RUN.matcher(since);
        while (m.find()) {
            if (m.group(1).equals(job)) {
                counts.add(Integer.parseInt(m.group(2)));
            }
        }
        return counts;
    }

    private static int sum(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    private static void cluster(String... arguments) {
        List<String> command = new ArrayList<>(
                List.of("bash", System.getProperty("coalition.cluster.launcher", "src/main/scripts/cluster.sh")));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--home", home.toString()));
        try {
            Files.createDirectories(home.resolve("logs"));
            Path output = home.resolve("logs/cluster-" + arguments[0] + ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("COALITION_JOBS_HEALTH_SNAPSHOTS_SCHEDULE", "*:*:*/10");
            builder.environment().put("COALITION_JOBS_REMINDERS_SCHEDULE", "*:*:*/10");
            Process process = builder.start();
            if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(
                        "cluster.sh " + String.join(" ", arguments) + " failed:\n" + Files.readString(output));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void psql(String... statements) {
        Launcher.psql("coalition_cluster", statements);
    }

    /** One value from the cluster's database. */
    private static String query(String sql) {
        try {
            Process process = new ProcessBuilder(
                            "psql",
                            "-h",
                            "127.0.0.1",
                            "-U",
                            "postgres",
                            "-d",
                            "coalition_cluster",
                            "-tAq",
                            "-v",
                            "ON_ERROR_STOP=1",
                            "-c",
                            sql)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("psql failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
