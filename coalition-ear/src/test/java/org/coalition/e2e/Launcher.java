package org.coalition.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The launcher's fault drills (stop and start Keycloak, kill -9 and restart Payara Server) for the
 * end-to-end home the suite runs in; the environment (runtimes, EAR, database) comes from Maven.
 */
final class Launcher {

    private Launcher() {}

    static void drill(String command) {
        String script = System.getProperty("coalition.launcher");
        String home = System.getProperty("coalition.e2e.home");
        try {
            Process process = new ProcessBuilder(List.of("bash", script, command, "--home", home))
                    .redirectErrorStream(true)
                    .redirectOutput(
                            Path.of(home, "logs", "drill-" + command + ".log").toFile())
                    .start();
            if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(
                        "coalition.sh " + command + " failed; see " + home + "/logs/drill-" + command + ".log");
            }
        } catch (IOException e) {
            throw new AssertionError("could not run the launcher", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Starts the launcher's watchdog ({@code coalition.sh watch}) for the suite's home; destroy it when done. */
    static Process watchdog() {
        String home = System.getProperty("coalition.e2e.home");
        try {
            return new ProcessBuilder(
                            List.of("bash", System.getProperty("coalition.launcher"), "watch", "--home", home))
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of(home, "logs", "watchdog.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new AssertionError("could not start the watchdog", e);
        }
    }

    /** Whether the end-to-end suite runs on PostgreSQL (-Dcoalition.it.db=postgresql). */
    static boolean onPostgresql() {
        return System.getenv("COALITION_DB_URL") != null
                && System.getenv("COALITION_DB_URL").startsWith("jdbc:postgresql:");
    }

    /** Runs SQL on the suite's PostgreSQL database as its administrator (psql, trust auth on 127.0.0.1). */
    static void psql(String database, String... statements) {
        List<String> command = new java.util.ArrayList<>(
                List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-q"));
        for (String statement : statements) {
            command.add("-c");
            command.add(statement);
        }
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("psql failed: " + output);
            }
        } catch (IOException e) {
            throw new AssertionError("could not run psql", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
