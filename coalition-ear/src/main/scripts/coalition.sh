#!/usr/bin/env bash
# Runs Coalition the way the README's quick start promises: Keycloak with the demo realm and Payara
# Server with the EAR, every listener on 127.0.0.1. Called by Maven (coalition-ear), which passes the
# runtime archives and the EAR in the environment.
#
#   coalition.sh run   --home DIR   start both, print where to go, wait; Ctrl-C stops both cleanly
#   coalition.sh start --home DIR [--fresh-data]   start both and return (end-to-end tests)
#   coalition.sh stop-keycloak|start-keycloak|kill-payara|freeze-payara|start-payara --home DIR
#                                                  fault drills for the end-to-end fault tests
#   coalition.sh watch --home DIR   restart Payara Server whenever it ends or stops answering (run does it too)
#   coalition.sh stop  --home DIR   stop both
#
# Database: the embedded H2 file database under DIR/data unless COALITION_DB_URL is set
# (jdbc:postgresql://host:port/db, with COALITION_DB_USER and COALITION_DB_PASSWORD).
set -euo pipefail

command=${1:-}
shift || true
home=""
fresh=false
while [ $# -gt 0 ]; do
    case "$1" in
        --home) home=$2; shift 2 ;;
        --fresh-data) fresh=true; shift ;;
        *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
done
[ -n "$command" ] && [ -n "$home" ] || { echo "usage: coalition.sh run|start|stop --home DIR [--fresh-data]" >&2; exit 2; }

mkdir -p "$home"
home=$(cd "$home" && pwd)
payara="$home/payara6"
asadmin="$payara/bin/asadmin"
keycloak="$home/keycloak"
data="$home/data"
logs="$home/logs"
app_port=8080
kc_port=8180
admin_port=4848
app_url="http://localhost:$app_port/coalition/"
kc_url="http://localhost:$kc_port"
started_at=$(date +%s)

# say, fail, wait_for, datasource_commands, loopback_commands: shared with cluster.sh
log_prefix=coalition
source "$(dirname "${BASH_SOURCE[0]}")/payara-common.sh"

# First run only: unpack Payara Server and keep every one of its listeners on 127.0.0.1.
install_payara() {
    [ -x "$asadmin" ] && return 0
    [ -f "${COALITION_PAYARA_ZIP:-}" ] || fail "Payara Server archive not found (COALITION_PAYARA_ZIP); run through Maven"
    say "Unpacking Payara Server into $payara"
    unzip -q -o "$COALITION_PAYARA_ZIP" -d "$home"
    cp "${COALITION_POSTGRESQL_JAR}" "$payara/glassfish/domains/domain1/lib/postgresql.jar"
    local commands="$home/loopback.asadmin"
    {
        echo "set-hazelcast-configuration --clustermode=domain --interfaces=127.0.0.1 --dasbindaddress=127.0.0.1 --daspublicaddress=127.0.0.1 --publicaddress=127.0.0.1 --tcpipmembers=127.0.0.1:5900 --dynamic=false"
        echo "create-jvm-options -Dhazelcast.socket.bind.any=false"
        echo "create-jvm-options -Dh2.bindAddress=127.0.0.1"
        loopback_commands server-config
    } > "$commands"
    say "Binding Payara Server to 127.0.0.1 (first run only)"
    # applied with the sizing below, in the same start and stop of the domain (each costs 10-20 s)
    rm -f "$home/tuning.cksum"
    touch "$home/loopback.pending"
}

# Runs an asadmin command file against the stopped domain: start, commands, stop. In a private network
# namespace when we can, so that even a first start, before the loopback settings, never listens outside.
configure_payara() {
    local commands=$1
    local configure="'$asadmin' start-domain domain1 >/dev/null && '$asadmin' multimode --file '$commands' >/dev/null; status=\$?; '$asadmin' stop-domain domain1 >/dev/null; exit \$status"
    if command -v ip >/dev/null && unshare -n true 2>/dev/null; then
        unshare -n bash -c "ip link set lo up && $configure" >> "$logs/payara-setup.log" 2>&1 \
            || fail "configuring Payara Server failed; see $logs/payara-setup.log"
    else
        bash -c "$configure" >> "$logs/payara-setup.log" 2>&1 || fail "configuring Payara Server failed; see $logs/payara-setup.log"
    fi
}

# Sizes the server for the machine and keeps it from wedging (docs/operations.md): the heap
# (COALITION_HEAP, default 1g), the HTTP worker threads (COALITION_HTTP_THREADS, default 16; Payara's
# default of 5 queues every request behind five slow ones), response compression, the HTTP headers, and
# -XX:+ExitOnOutOfMemoryError: a JVM out of memory may have lost its HTTP selector thread and then
# accepts nothing while it looks alive, so it ends at once and the watchdog starts it again. Applied
# whenever these settings change (a stopped domain is started, set and stopped once).
tune_payara() {
    local domain="$payara/glassfish/domains/domain1/config/domain.xml" commands="$home/tuning.asadmin" stamp option
    local heap=${COALITION_HEAP:-1g} threads=${COALITION_HTTP_THREADS:-16}
    {
        tuning_commands server-config "$threads"
        for option in "-Xmx$heap" "-Xms$heap" -XX:+ExitOnOutOfMemoryError; do
            echo "create-jvm-options --target=server-config ${option//:/\\\\:}"
        done
    } > "$commands.new"
    stamp=$(cksum < "$commands.new")
    [ "$(cat "$home/tuning.cksum" 2>/dev/null)" = "$stamp" ] && return 0
    # options that are there already (another heap size, say) go first: create-jvm-options refuses duplicates
    {
        awk '/<config name="server-config"/ {on = 1} on && /<\/config>/ {on = 0} on' "$domain" \
            | grep -o '<jvm-options>\(-Xm[sx]\|-XX:+ExitOnOutOfMemoryError\|-Dproduct.name=\)[^<]*</jvm-options>' \
            | sed -e 's/<[^>]*>//g' | sort -u | while read -r option; do echo "delete-jvm-options --target=server-config ${option//:/\\\\:}"; done
        cat "$commands.new"
    } > "$commands"
    if [ -f "$home/loopback.pending" ]; then
        cat "$home/loopback.asadmin" "$commands" > "$commands.first" && mv "$commands.first" "$commands"
    fi
    say "Sizing Payara Server: heap $heap, $threads HTTP threads, compression on (when these settings change)"
    configure_payara "$commands"
    rm -f "$home/loopback.pending"
    echo "$stamp" > "$home/tuning.cksum"
}

# First run only: unpack Keycloak; re-import the demo realm whenever its file changed.
install_keycloak() {
    if [ ! -x "$keycloak/bin/kc.sh" ]; then
        [ -f "${COALITION_KEYCLOAK_TGZ:-}" ] || fail "Keycloak archive not found (COALITION_KEYCLOAK_TGZ); run through Maven"
        say "Unpacking Keycloak into $keycloak"
        mkdir -p "$keycloak"
        tar -xzf "$COALITION_KEYCLOAK_TGZ" -C "$keycloak" --strip-components=1
    fi
    mkdir -p "$keycloak/data/import"
    local checksum
    checksum=$(cksum < "$COALITION_REALM")
    if $fresh || [ "$(cat "$home/realm.cksum" 2>/dev/null)" != "$checksum" ]; then
        rm -rf "$keycloak/data/h2"
        cp "$COALITION_REALM" "$keycloak/data/import/coalition-realm.json"
        echo "$checksum" > "$home/realm.cksum"
    fi
}

start_keycloak() {
    say "Starting Keycloak on 127.0.0.1:$kc_port"
    # Its own session, so the terminal's Ctrl-C reaches our trap, which stops it in order.
    # Keycloak 26 refuses a user's second sign-in while the first is under way ("user_temporarily_disabled", no failure
    # on record) when brute-force protection is on: two tabs, or two sessions signing in at once. Concurrent requests
    # are allowed; failed passwords still count and lock the user out (SignInAttemptsIT).
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=${COALITION_KEYCLOAK_ADMIN_PASSWORD:-admin} \
    setsid "$keycloak/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port=$kc_port --import-realm \
        --spi-brute-force-protector-default-brute-force-detector-allow-concurrent-requests=true \
        > "$logs/keycloak.log" 2>&1 < /dev/null &
    echo $! > "$home/keycloak.pid"
}

stop_keycloak() {
    local pid
    pid=$(cat "$home/keycloak.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        say "Stopping Keycloak"
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$home/keycloak.pid"
}

# --fresh-data on PostgreSQL: empty the configured database's public schema (Flyway rebuilds it).
fresh_database() {
    case "${COALITION_DB_URL:-}" in
        jdbc:postgresql://*)
            command -v psql > /dev/null || fail "--fresh-data on PostgreSQL needs psql"
            local target=${COALITION_DB_URL#jdbc:}
            target=${target%%\?*}
            say "Emptying schema public of ${target}"
            PGPASSWORD=${COALITION_DB_PASSWORD:-} psql "$target" -U "${COALITION_DB_USER:?}" -v ON_ERROR_STOP=1 -q \
                -c 'DROP SCHEMA IF EXISTS public CASCADE' -c 'CREATE SCHEMA public' > "$logs/fresh-db.log" 2>&1 \
                || fail "could not empty the database; see $logs/fresh-db.log"
            ;;
    esac
}

start_payara() {
    say "Starting Payara Server on 127.0.0.1:$app_port"
    "$asadmin" start-domain domain1 > "$logs/payara-start.log" 2>&1 || fail "Payara Server did not start; see $logs/payara-start.log"
    if "$asadmin" list-applications 2>/dev/null | grep -q '^coalition '; then
        "$asadmin" undeploy coalition >> "$logs/payara-start.log" 2>&1 || true
    fi
    datasource_commands > "$home/datasource.asadmin"
    "$asadmin" multimode --file "$home/datasource.asadmin" >> "$logs/payara-start.log" 2>&1 || true
    "$asadmin" list-jdbc-resources 2>/dev/null | grep -q '^jdbc/coalition' || fail "could not create the data source; see $logs/payara-start.log"
}

deploy() {
    [ -f "${COALITION_EAR:-}" ] || fail "EAR not found (COALITION_EAR); build with Maven first"
    say "Deploying $(basename "$COALITION_EAR")"
    "$asadmin" deploy --force=true --name coalition "$COALITION_EAR" >> "$logs/payara-start.log" 2>&1 \
        || fail "deployment failed; see $payara/glassfish/domains/domain1/logs/server.log"
}

stop_payara() {
    if [ -x "$asadmin" ] && port_busy $admin_port; then
        say "Stopping Payara Server"
        "$asadmin" undeploy coalition > /dev/null 2>&1 || true
        "$asadmin" stop-domain domain1 > /dev/null 2>&1 || true
    fi
}

# `coalition.sh stop` leaves this mark for a running `run` or `watch`: the servers were stopped on purpose, so the
# watchdog ends instead of starting Payara Server again. A start clears it.
stop_mark="$home/stop.requested"
stopped_on_request() {
    [ -f "$stop_mark" ] || return 1
    say "Stopped on request (coalition.sh stop): the watchdog ends. Your data is kept in $home."
    return 0
}

start_all() {
    rm -f "$stop_mark"
    mkdir -p "$logs"
    [ -n "${COALITION_REALM:-}" ] || fail "COALITION_REALM not set; run through Maven"
    for port in $app_port $kc_port $admin_port; do
        port_busy "$port" && fail "port $port is already in use: is Coalition (or another Payara/Keycloak) running? Stop it first."
    done
    # Keycloak boots (half a minute, a first realm import included) while Payara Server is configured,
    # started and the application deployed: nothing of that needs Keycloak, only the first sign-in does.
    install_keycloak
    start_keycloak
    install_payara
    tune_payara
    # The demo's example coalition (seeded once; set COALITION_DEMO_SEED=false for an empty start).
    export COALITION_DEMO_SEED=${COALITION_DEMO_SEED:-true}
    if $fresh; then
        rm -rf "$data"
        fresh_database
    fi
    start_payara
    deploy
    wait_for "Keycloak" $kc_port "/realms/coalition/.well-known/openid-configuration" 200 180
    # Signed-out visitors are sent to the sign-in page: a redirect means the application answers.
    wait_for "Coalition" $app_port "/coalition/" "302|303" 120
}

# The watchdog (run and watch): Payara Server gone (ended by -XX:+ExitOnOutOfMemoryError, killed, crashed)
# or alive but not answering its liveness check three times in a row (a wedged HTTP selector takes
# connections and answers none) is started again, and the log says so. Production operators get the same
# from their service manager (systemd Restart=on-failure plus a liveness probe, docs/operations.md).
health_failures=0
watch_payara() {
    local pid status
    pid=$(cat "$payara/glassfish/domains/domain1/config/pid" 2>/dev/null || true)
    if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
        say "Payara Server is not running (ended on an OutOfMemoryError? see $payara/glassfish/domains/domain1/logs/server.log): starting it again"
        restart_payara
        return
    fi
    status=$(http_status $app_port /health/live 2)
    if [ "$status" = 200 ]; then
        health_failures=0
        return
    fi
    health_failures=$((health_failures + 1))
    if [ "$health_failures" -ge 3 ]; then
        say "Payara Server (pid $pid) failed its liveness check 3 times in a row (last answer: $status): killing it and starting it again"
        kill -KILL "$pid" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        restart_payara
    fi
}

# Waits for the application to answer after a start; a server that ends meanwhile (killed, or out of
# memory again) is noticed at once and the watch loop starts it again, rather than waited for in vain.
restart_payara() {
    local began status pid waited=0
    began=$(date +%s)
    health_failures=0
    if ! "$asadmin" start-domain domain1 >> "$logs/payara-start.log" 2>&1; then
        say "Payara Server did not start; trying again in a moment (see $logs/payara-start.log)"
        return
    fi
    pid=$(cat "$payara/glassfish/domains/domain1/config/pid" 2>/dev/null || true)
    while [ $waited -lt 180 ]; do
        if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
            say "Payara Server ended while starting (pid ${pid:-unknown}): starting it again"
            return
        fi
        status=$(http_status $app_port /coalition/ 5)
        if [[ "$status" =~ ^(302|303)$ ]]; then
            say "Payara Server is back: Coalition answers again ($(( $(date +%s) - began ))s after the restart began)"
            return
        fi
        sleep 1
        waited=$((waited + 1))
    done
    say "Payara Server (pid $pid) started but Coalition did not answer within 180s; the liveness check decides"
}

banner() {
    local seconds=$(( $(date +%s) - started_at ))
    cat <<EOF

  Coalition is running (ready in ${seconds}s).

    Open        $app_url
    Keycloak    $kc_url/admin/  (admin console: admin / admin)

    Demo logins (password = user name):
      alice  executive sponsor  Operations
      bob    employee           Engineering
      carol  employee           Sales
      dana   coalition admin    HR
      erin   employee           Finance

    Data and logs: $home
    Press Ctrl-C to stop both servers.

EOF
}

stop_all() {
    stop_keycloak
    stop_payara
}

# A start that fails half-way stops whatever it had started.
stop_on_failure=false
trap 'status=$?; if [ $status -ne 0 ] && $stop_on_failure; then stop_all; fi' EXIT

case "$command" in
    run)
        # Ctrl-C reaches Maven, this script and the terminal at once: finish stopping even if the
        # terminal or Maven goes away meanwhile: the stopping runs detached, in its own session.
        trap 'trap "" INT TERM HUP; stop_on_failure=false; say "Stopping..."
              setsid bash "$0" stop --home "$home" < /dev/null >> "$logs/stop.log" 2>&1 &
              wait $! || true
              say "Stopped. Your data is kept in $home."; exit 0' INT TERM HUP
        stop_on_failure=true
        start_all
        banner
        while true; do
            sleep 2 &
            wait $! || true
            stopped_on_request && exit 0
            pid=$(cat "$home/keycloak.pid" 2>/dev/null || true)
            if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
                say "Keycloak stopped unexpectedly; see $logs/keycloak.log"
                stop_all
                exit 1
            fi
            watch_payara
        done
        ;;
    watch)
        # the watchdog alone, for a server started with `start` (the fault drills; no service manager)
        say "Watching Payara Server on 127.0.0.1:$app_port"
        trap 'exit 0' INT TERM HUP
        while true; do
            sleep 2 &
            wait $! || true
            stopped_on_request && exit 0
            watch_payara
        done
        ;;
    start)
        stop_on_failure=true
        start_all
        stop_on_failure=false
        say "Ready in $(( $(date +%s) - started_at ))s: $app_url"
        ;;
    stop)
        mkdir -p "$home"
        touch "$stop_mark"
        stop_all
        ;;
    # Fault drills, for the end-to-end fault tests: take one part away and bring it back.
    stop-keycloak)
        stop_keycloak
        ;;
    start-keycloak)
        start_keycloak
        wait_for "Keycloak" $kc_port "/realms/coalition/.well-known/openid-configuration" 200 180
        ;;
    kill-payara)
        # kill -9: no shutdown hook, no flush, like a power cut of the application server
        pid=$(cat "$payara/glassfish/domains/domain1/config/pid" 2>/dev/null || true)
        [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null && say "Killed Payara Server (pid $pid) with SIGKILL"
        for _ in $(seq 1 20); do port_busy $app_port || break; sleep 0.5; done
        ;;
    freeze-payara)
        # SIGSTOP: alive, port open, answering nothing, like a server whose HTTP selector thread died
        pid=$(cat "$payara/glassfish/domains/domain1/config/pid" 2>/dev/null || true)
        [ -n "$pid" ] && kill -STOP "$pid" 2>/dev/null && say "Froze Payara Server (pid $pid) with SIGSTOP"
        ;;
    start-payara)
        # a restart as after a crash: the domain brings the deployed application back by itself
        say "Starting Payara Server on 127.0.0.1:$app_port"
        "$asadmin" start-domain domain1 >> "$logs/payara-start.log" 2>&1 || fail "Payara Server did not start; see $logs/payara-start.log"
        wait_for "Coalition" $app_port "/coalition/" "302|303" 180
        ;;
    *)
        echo "usage: coalition.sh run|start|watch|stop|stop-keycloak|start-keycloak|kill-payara|freeze-payara|start-payara --home DIR [--fresh-data]" >&2
        exit 2
        ;;
esac
