package org.coalition.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's watchdog ({@code coalition.sh watch}) against a stand-in for Payara Server: an {@code asadmin}
 * whose {@code start-domain} starts a process that never answers HTTP, in a network namespace of its own so that
 * the suite's real server on port 8080 is out of sight. It pins down what the fault drill {@link FaultsIT} meets by
 * chance: a server that ends while the watchdog waits for it to answer must be started again at once, not after
 * the three minutes the watchdog allows a start.
 */
class WatchdogIT {

    private static final String STAND_IN = """
            #!/usr/bin/env bash
            # asadmin as the watchdog uses it: start-domain starts "the server" and records its pid
            if [ "$1" = start-domain ]; then
                config="$(dirname "$0")/../glassfish/domains/domain1/config"
                setsid sleep 600 > /dev/null 2>&1 < /dev/null &
                echo $! > "$config/pid"
            fi
            exit 0
            """;

    private static final String PID_FILE = "payara6/glassfish/domains/domain1/config/pid";
    private static final String LOG = "logs/watchdog.log";

    @TempDir
    Path home;

    /** {@code coalition.sh watch} over the stand-in {@code asadmin}, in a network namespace of its own. */
    private Process watchdogOverStandIn() throws IOException {
        Path asadmin = home.resolve("payara6/bin/asadmin");
        Files.createDirectories(asadmin.getParent());
        Files.createDirectories(home.resolve(PID_FILE).getParent());
        Files.createDirectories(home.resolve("logs"));
        Files.writeString(asadmin, STAND_IN);
        assertTrue(asadmin.toFile().setExecutable(true));
        return new ProcessBuilder(List.of(
                        "unshare",
                        "-n",
                        "bash",
                        System.getProperty("coalition.launcher"),
                        "watch",
                        "--home",
                        home.toString()))
                .redirectErrorStream(true)
                .redirectOutput(home.resolve(LOG).toFile())
                .start();
    }

    @Test
    void a_server_that_ends_while_it_starts_is_started_again_within_seconds() throws Exception {
        Path pidFile = home.resolve(PID_FILE);
        Path log = home.resolve(LOG);
        Process watchdog = watchdogOverStandIn();
        try {
            long first = pidWithin(pidFile, -1, Duration.ofSeconds(20), log);
            ProcessHandle.of(first).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL, as the drill's kill -9
            long second = pidWithin(pidFile, first, Duration.ofSeconds(15), log);
            assertTrue(second != first);
            String said = Files.readString(log);
            assertTrue(
                    said.contains("Payara Server ended while starting (pid " + first + "): starting it again"), said);
        } finally {
            watchdog.destroy();
            if (!watchdog.waitFor(10, TimeUnit.SECONDS)) {
                watchdog.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            pid(pidFile).flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void a_server_stopped_with_the_launchers_stop_is_not_started_again() throws Exception {
        Path pidFile = home.resolve(PID_FILE);
        Path log = home.resolve(LOG);
        Process watchdog = watchdogOverStandIn();
        try {
            long first = pidWithin(pidFile, -1, Duration.ofSeconds(20), log);
            // what `coalition.sh stop` from another terminal does while `run` watches: the mark, then the servers go
            Process stop = new ProcessBuilder(List.of(
                            "bash", System.getProperty("coalition.launcher"), "stop", "--home", home.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertTrue(stop.waitFor(60, TimeUnit.SECONDS), "the stop ends");
            ProcessHandle.of(first).ifPresent(ProcessHandle::destroyForcibly);
            assertTrue(watchdog.waitFor(15, TimeUnit.SECONDS), "the watchdog ends; its log: " + Files.readString(log));
            assertEquals(0, watchdog.exitValue());
            assertEquals(first, pid(pidFile).orElseThrow(), "no server started again: " + Files.readString(log));
            assertTrue(Files.readString(log).contains("Stopped on request"), Files.readString(log));
        } finally {
            watchdog.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            pid(pidFile).flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** The pid the stand-in recorded once it differs from {@code previous}, at most {@code limit} from now. */
    private static long pidWithin(Path pidFile, long previous, Duration limit, Path log)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            Optional<Long> pid = pid(pidFile);
            if (pid.isPresent()
                    && pid.get() != previous
                    && ProcessHandle.of(pid.get()).isPresent()) {
                return pid.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the watchdog started no server (after pid " + previous + ") within " + limit
                + "; its log: " + Files.readString(log));
    }

    private static Optional<Long> pid(Path pidFile) {
        try {
            String text = Files.readString(pidFile).trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException notYet) {
            return Optional.empty();
        }
    }
}
