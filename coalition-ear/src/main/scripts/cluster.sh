#!/usr/bin/env bash
# The scale-out path on one machine: two Payara Server instances (deployment group "coalition-group")
# sharing one PostgreSQL database, HTTP sessions replicated through Payara's data grid (Hazelcast,
# discovery through the DAS, every socket on 127.0.0.1), behind nginx as the load balancer.
# Keycloak is not started here: the instances use the demo Keycloak on 127.0.0.1:8180 (coalition.sh).
#
#   cluster.sh start --home DIR [--fresh-data]   set up (first run), start the DAS, both instances, nginx
#   cluster.sh stop  --home DIR                  stop nginx, the instances and the DAS
#   cluster.sh stop-node a|b --home DIR          stop one instance (graceful, as an operator would)
#   cluster.sh kill-node a|b --home DIR          kill -9 one instance (a crash)
#   cluster.sh start-node a|b --home DIR         start it again and wait until it serves
#   cluster.sh status --home DIR                 what runs, on which port
#
# Ports (all 127.0.0.1): nginx 20000; the DAS's domain "cluster" has port base 20000 (admin 20048, HTTP
# 20080, data grid 20049); instance a port base 20100 (HTTP 20180, data grid 20190); instance b port base
# 20200 (HTTP 20280, data grid 20290). Data grid cluster name "coalition-cluster", so the single-node
# domain of coalition.sh (4848/8080, data grid 4900, cluster "development") never joins it.
#
# Database: jdbc:postgresql://127.0.0.1:5432/$COALITION_CLUSTER_DB (default coalition_cluster), user
# postgres (COALITION_CLUSTER_DB_USER / _PASSWORD), created when missing; --fresh-data empties it.
# Runtimes and the EAR come from the environment, as for coalition.sh (COALITION_PAYARA_ZIP,
# COALITION_POSTGRESQL_JAR, COALITION_EAR). Optional: COALITION_JOBS_HEALTH_SNAPSHOTS_SCHEDULE and
# COALITION_JOBS_REMINDERS_SCHEDULE, COALITION_JOBS_NOTE_RETENTION_SCHEDULE (hour:minute[:second]),
# COALITION_NOTE_RETENTION_DAYS and COALITION_OIDC_PROVIDER_URI are handed to
# both instances.
set -euo pipefail

command=${1:-}
shift || true
node=""
case "$command" in
    stop-node|start-node|kill-node) node=${1:-}; shift || true ;;
esac
home=""
fresh=false
while [ $# -gt 0 ]; do
    case "$1" in
        --home) home=$2; shift 2 ;;
        --fresh-data) fresh=true; shift ;;
        *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
done
usage="usage: cluster.sh start|stop|status --home DIR [--fresh-data] | cluster.sh stop-node|kill-node|start-node a|b --home DIR"
[ -n "$command" ] && [ -n "$home" ] || { echo "$usage" >&2; exit 2; }
case "$node" in ""|a|b) ;; *) echo "$usage" >&2; exit 2 ;; esac
[ -n "${command##*-node}" ] || [ -n "$node" ] || { echo "$usage" >&2; exit 2; }

mkdir -p "$home"
home=$(cd "$home" && pwd)
payara="$home/payara6"
asadmin="$payara/bin/asadmin"
logs="$home/logs"
data="$home/data" # unused: the cluster always runs on PostgreSQL
domain=cluster
group=coalition-group
lb_port=20000
das_admin_port=20048
declare -A http_port=([a]=20180 [b]=20280)
declare -A port_base=([a]=20100 [b]=20200)
declare -A grid_port=([a]=20190 [b]=20290)
db_name=${COALITION_CLUSTER_DB:-coalition_cluster}
export COALITION_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db_name"
export COALITION_DB_USER=${COALITION_CLUSTER_DB_USER:-postgres}
export COALITION_DB_PASSWORD=${COALITION_CLUSTER_DB_PASSWORD:-postgres}
base_url="http://localhost:$lb_port/coalition"
started_at=$(date +%s)
mkdir -p "$logs"

log_prefix=cluster
source "$(dirname "${BASH_SOURCE[0]}")/payara-common.sh"

das() { "$asadmin" --port "$das_admin_port" "$@"; }

# First run only: unpack Payara Server, create the domain, its loopback-only data grid, a configuration
# shared by both instances, the deployment group and the two instances.
install_cluster() {
    [ -f "$home/cluster.configured" ] && return 0
    [ -f "${COALITION_PAYARA_ZIP:-}" ] || fail "Payara Server archive not found (COALITION_PAYARA_ZIP); run through Maven"
    rm -rf "$payara"
    say "Unpacking Payara Server into $payara"
    unzip -q -o "$COALITION_PAYARA_ZIP" -d "$home"
    # the common class loader of every domain and instance of this installation
    cp "${COALITION_POSTGRESQL_JAR:?COALITION_POSTGRESQL_JAR not set}" "$payara/glassfish/lib/postgresql.jar"
    rm -rf "$payara/glassfish/domains/domain1" # the default domain (4848/8080) is not used here
    "$asadmin" create-domain --portbase 20000 --nopassword=true "$domain" > "$logs/setup.log" 2>&1 \
        || fail "create-domain failed; see $logs/setup.log"
    local commands="$home/cluster-setup.asadmin" n
    {
        # domain-wide: the members listed (DAS, a, b), own cluster name, every member on 127.0.0.1. Not
        # clustermode "domain": its discovery replaces a DAS address of 127.0.0.1 with the machine's own
        # network address, where nothing listens, and every instance stays a data grid of one.
        echo "set-hazelcast-configuration --clustermode=tcpip --clustername=coalition-cluster --interfaces=127.0.0.1 --dasbindaddress=127.0.0.1 --daspublicaddress=127.0.0.1 --publicaddress=127.0.0.1 --tcpipmembers=127.0.0.1:20049,127.0.0.1:20190,127.0.0.1:20290 --dynamic=false"
        echo "create-jvm-options -Dhazelcast.socket.bind.any=false"
        echo "create-jvm-options -Dh2.bindAddress=127.0.0.1"
        loopback_commands server-config
        http_commands server-config
        echo "copy-config default-config cluster-config"
        loopback_commands cluster-config
        http_commands cluster-config
        echo "set-hazelcast-configuration --target=cluster-config --publicaddress=127.0.0.1 --dynamic=false"
        echo "create-jvm-options --target=cluster-config -Dhazelcast.socket.bind.any=false"
        # the EJB timer service's own H2 database (AUTO_SERVER) must bind 127.0.0.1 too
        echo "create-jvm-options --target=cluster-config -Dh2.bindAddress=127.0.0.1"
        # Coalition sends no JMS: no broker per instance (it would also look for the other's broker)
        echo "set configs.config.cluster-config.jms-service.type=DISABLED"
        # the instances have no timer database of their own: timers (non-persistent here) live in the data grid
        echo "set configs.config.cluster-config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
        # sessions go to the data grid at the end of every request (these are Payara 6's defaults; stated)
        echo "set configs.config.cluster-config.availability-service.availability-enabled=true"
        echo "set configs.config.cluster-config.availability-service.web-container-availability.availability-enabled=true"
        echo "set configs.config.cluster-config.availability-service.web-container-availability.persistence-type=hazelcast"
        echo "set configs.config.cluster-config.availability-service.web-container-availability.persistence-frequency=web-method"
        echo "set configs.config.cluster-config.availability-service.web-container-availability.persistence-scope=session"
        echo "create-deployment-group $group"
        for n in a b; do
            echo "create-instance --node=localhost-$domain --config=cluster-config --portbase=${port_base[$n]} --systemproperties=HZ_LISTENER_PORT=${grid_port[$n]} $n"
            echo "add-instance-to-deployment-group --instance=$n --deploymentgroup=$group"
        done
        datasource_commands "$group" | grep -v '^delete-' # nothing to delete yet
    } > "$commands" 2>> "$logs/setup.log"
    local configure="'$asadmin' start-domain $domain && '$asadmin' --port $das_admin_port multimode --file '$commands'; status=\$?; '$asadmin' stop-domain $domain; exit \$status"
    say "Creating the domain, the deployment group and instances a and b on 127.0.0.1 (first run only)"
    # In a private network namespace when we can, so that even this first start never listens outside.
    if command -v ip >/dev/null && unshare -n true 2>/dev/null; then
        unshare -n bash -c "ip link set lo up && $configure" >> "$logs/setup.log" 2>&1 \
            || fail "configuring the cluster failed; see $logs/setup.log"
    else
        bash -c "$configure" >> "$logs/setup.log" 2>&1 || fail "configuring the cluster failed; see $logs/setup.log"
    fi
    touch "$home/cluster.configured"
}

# The shared database: created when missing; --fresh-data empties it (Flyway rebuilds the schema).
prepare_database() {
    command -v psql > /dev/null || fail "the cluster needs psql (PostgreSQL client)"
    local admin=(psql -h 127.0.0.1 -U "$COALITION_DB_USER" -v ON_ERROR_STOP=1 -q)
    export PGPASSWORD=$COALITION_DB_PASSWORD
    if ! "${admin[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db_name'" | grep -q 1; then
        say "Creating database $db_name"
        "${admin[@]}" -d postgres -c "CREATE DATABASE $db_name" > "$logs/database.log" 2>&1 \
            || fail "could not create database $db_name; see $logs/database.log"
    elif $fresh; then
        say "Emptying database $db_name"
        "${admin[@]}" -d "$db_name" -c 'DROP SCHEMA IF EXISTS public CASCADE' -c 'CREATE SCHEMA public' > "$logs/database.log" 2>&1 \
            || fail "could not empty database $db_name; see $logs/database.log"
    fi
}

# What the application reads through MicroProfile Config, as system properties of the shared configuration.
application_properties() {
    local properties="coalition.base-url=${base_url//:/\\:}:coalition.demo.seed=${COALITION_DEMO_SEED:-true}"
    [ -n "${COALITION_JOBS_HEALTH_SNAPSHOTS_SCHEDULE:-}" ] \
        && properties+=":coalition.jobs.health-snapshots.schedule=${COALITION_JOBS_HEALTH_SNAPSHOTS_SCHEDULE//:/\\:}"
    [ -n "${COALITION_JOBS_REMINDERS_SCHEDULE:-}" ] \
        && properties+=":coalition.jobs.reminders.schedule=${COALITION_JOBS_REMINDERS_SCHEDULE//:/\\:}"
    [ -n "${COALITION_JOBS_NOTE_RETENTION_SCHEDULE:-}" ] \
        && properties+=":coalition.jobs.note-retention.schedule=${COALITION_JOBS_NOTE_RETENTION_SCHEDULE//:/\\:}"
    # every instance must redact after the same period
    [ -n "${COALITION_NOTE_RETENTION_DAYS:-}" ] \
        && properties+=":coalition.note-retention-days=${COALITION_NOTE_RETENTION_DAYS}"
    # another identity provider than the demo Keycloak on 127.0.0.1:8180, when given
    [ -n "${COALITION_OIDC_PROVIDER_URI:-}" ] \
        && properties+=":coalition.oidc.provider-uri=${COALITION_OIDC_PROVIDER_URI//:/\\:}"
    for name in coalition.jobs.health-snapshots.schedule coalition.jobs.reminders.schedule coalition.jobs.note-retention.schedule \
            coalition.note-retention-days coalition.oidc.provider-uri; do
        das delete-system-property --target=cluster-config "$name" >> "$logs/start.log" 2>&1 || true
    done
    das create-system-properties --target=cluster-config "$properties" >> "$logs/start.log" 2>&1 \
        || fail "could not set the application's properties; see $logs/start.log"
}

start_das() {
    port_busy $das_admin_port && return 0
    say "Starting the DAS (admin 127.0.0.1:$das_admin_port)"
    "$asadmin" start-domain "$domain" >> "$logs/start.log" 2>&1 || fail "the DAS did not start; see $logs/start.log"
}

deploy() {
    [ -f "${COALITION_EAR:-}" ] || fail "EAR not found (COALITION_EAR); build with Maven first"
    say "Deploying $(basename "$COALITION_EAR") to $group (availability enabled: sessions replicated)"
    # A cluster home used before still has the application registered: "deploy --force" to the group then
    # fails ("Application name coalition is already in use"), so the old one is removed first.
    if das list-applications domain 2>/dev/null | grep -q '^coalition[[:space:]]'; then
        das undeploy --target=domain coalition >> "$logs/start.log" 2>&1 \
            || fail "could not remove the previous deployment; see $logs/start.log"
    fi
    das deploy --force=true --target="$group" --availabilityenabled=true --name=coalition "$COALITION_EAR" >> "$logs/start.log" 2>&1 \
        || fail "deployment failed; see $logs/start.log"
}

start_node() {
    local n=$1
    say "Starting instance $n on 127.0.0.1:${http_port[$n]}"
    das start-instance "$n" >> "$logs/start.log" 2>&1 || fail "instance $n did not start; see $logs/start.log"
    # Signed-out visitors are sent to the sign-in page: a redirect means the application answers.
    wait_for "Instance $n" "${http_port[$n]}" "/coalition/" "302|303" 240
}

stop_node() {
    local n=$1
    say "Stopping instance $n"
    das stop-instance "$n" >> "$logs/stop.log" 2>&1 || true
    for _ in $(seq 1 60); do port_busy "${http_port[$n]}" || return 0; sleep 0.5; done
    fail "instance $n still answers on ${http_port[$n]}"
}

kill_node() {
    local n=$1 pid
    pid=$(cat "$payara/glassfish/nodes/localhost-$domain/$n/config/pid" 2>/dev/null || true)
    [ -n "$pid" ] || fail "instance $n has no pid file"
    kill -KILL "$pid" 2>/dev/null && say "Killed instance $n (pid $pid) with SIGKILL"
    for _ in $(seq 1 40); do port_busy "${http_port[$n]}" || return 0; sleep 0.25; done
}

nginx_conf() {
    mkdir -p "$home/nginx/logs" "$home/nginx/tmp"
    cat > "$home/nginx/nginx.conf" <<EOF
# Generated by cluster.sh: the load balancer in front of instances a and b, on 127.0.0.1 only.
worker_processes 1;
pid $home/nginx/nginx.pid;
error_log $home/nginx/logs/error.log warn;
events { worker_connections 512; }
http {
    access_log $home/nginx/logs/access.log;
    client_body_temp_path $home/nginx/tmp/body;
    proxy_temp_path $home/nginx/tmp/proxy;
    fastcgi_temp_path $home/nginx/tmp/fastcgi;
    uwsgi_temp_path $home/nginx/tmp/uwsgi;
    scgi_temp_path $home/nginx/tmp/scgi;

    # Sticky by a cookie naming the instance that answered last (COALITION_NODE): a session stays on
    # its instance, from the first anonymous request through the OIDC sign-in (state and nonce live in
    # that instance's session) on. When that instance is down, its pool's backup takes over and the
    # cookie follows the instance that answered.
    upstream node_a {
        server 127.0.0.1:${http_port[a]} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${http_port[b]} backup;
    }
    upstream node_b {
        server 127.0.0.1:${http_port[b]} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${http_port[a]} backup;
    }
    upstream any_node {
        server 127.0.0.1:${http_port[a]} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${http_port[b]} max_fails=1 fail_timeout=5s;
    }
    map \$cookie_COALITION_NODE \$pool {
        a node_a;
        b node_b;
        default any_node;
    }
    # after a failed attempt \$upstream_addr lists both ("127.0.0.1:20180, 127.0.0.1:20280"): the last answered
    map \$upstream_addr \$answered_by {
        ~${http_port[a]}\$ a;
        ~${http_port[b]}\$ b;
        default "";
    }

    server {
        listen 127.0.0.1:$lb_port;
        server_name localhost;
        client_max_body_size 10m;

        location / {
            proxy_pass http://\$pool;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # A stopped or crashed instance: on to the other one. A request already sent is not repeated
            # for POST (no non_idempotent), so a write is never applied twice.
            proxy_next_upstream error timeout http_502 http_503 http_504;
            proxy_connect_timeout 2s;
            proxy_read_timeout 120s;
            # which instance answered (for the tests and for operators)
            add_header X-Upstream \$upstream_addr always;
            add_header Set-Cookie "COALITION_NODE=\$answered_by; Path=/; HttpOnly; SameSite=Lax" always;
        }
    }
}
EOF
}

start_nginx() {
    command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || fail "nginx is not installed (apt-get install -y --no-install-recommends nginx)"
    local bin
    bin=$(command -v nginx || echo /usr/sbin/nginx)
    nginx_conf
    "$bin" -t -q -p "$home/nginx" -c "$home/nginx/nginx.conf" >> "$logs/start.log" 2>&1 || fail "nginx configuration invalid; see $logs/start.log"
    say "Starting nginx on 127.0.0.1:$lb_port"
    "$bin" -p "$home/nginx" -c "$home/nginx/nginx.conf" >> "$logs/start.log" 2>&1 || fail "nginx did not start; see $logs/start.log"
    wait_for "nginx" $lb_port "/coalition/" "302|303" 30
}

stop_nginx() {
    local pid
    pid=$(cat "$home/nginx/nginx.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        say "Stopping nginx"
        kill -QUIT "$pid" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$pid" 2>/dev/null || true
    fi
}

stop_all() {
    stop_nginx
    if [ -x "$asadmin" ] && port_busy $das_admin_port; then
        for n in a b; do port_busy "${http_port[$n]}" && stop_node "$n"; done
        say "Stopping the DAS"
        "$asadmin" stop-domain "$domain" >> "$logs/stop.log" 2>&1 || true
    fi
}

start_all() {
    for port in $lb_port $das_admin_port 20080 ${http_port[a]} ${http_port[b]}; do
        port_busy "$port" && fail "port $port is already in use: is the cluster running? Stop it first (cluster.sh stop)."
    done
    install_cluster
    prepare_database
    start_das
    application_properties
    deploy
    # one after the other: the first runs the migrations and seeds the demo data alone
    start_node a
    start_node b
    start_nginx
}

stop_on_failure=false
trap 'status=$?; if [ $status -ne 0 ] && $stop_on_failure; then stop_all; fi' EXIT

case "$command" in
    start)
        stop_on_failure=true
        start_all
        stop_on_failure=false
        say "Ready in $(( $(date +%s) - started_at ))s: $base_url/ (instances a :${http_port[a]}, b :${http_port[b]})"
        ;;
    stop) stop_all ;;
    stop-node) stop_node "$node" ;;
    kill-node) kill_node "$node" ;;
    start-node) start_node "$node" ;;
    status)
        port_busy $das_admin_port && das list-instances -l || say "DAS not running"
        pid=$(cat "$home/nginx/nginx.pid" 2>/dev/null || true)
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then say "nginx running (pid $pid) on 127.0.0.1:$lb_port"; else say "nginx not running"; fi
        ;;
    *) echo "$usage" >&2; exit 2 ;;
esac
