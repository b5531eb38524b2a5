# Shared by coalition.sh (one server) and cluster.sh (two instances behind nginx): sourced, not run.
# Expects $log_prefix (for messages), $logs (log directory) and, for the H2 fallback, $data.

# Tolerates a closed terminal: after Ctrl-C, Maven may be gone while we are still stopping the servers.
say() { printf '[%s] %s\n' "${log_prefix:-coalition}" "$*" 2>/dev/null || true; }
fail() { printf '[%s] ERROR: %s\n' "${log_prefix:-coalition}" "$*" >&2; exit 1; }

# The HTTP status of GET http://127.0.0.1:PORT/PATH, without needing curl; 000 when nothing answers
# within SECONDS (default 20).
http_status() {
    local port=$1 path=$2 seconds=${3:-20} line
    { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || { echo 000; return; }
    printf 'GET %s HTTP/1.0\r\nHost: localhost:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&3
    IFS= read -r -t "$seconds" line <&3 || line=""
    exec 3>&- 3<&-
    set -- $line
    echo "${2:-000}"
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # what port path expected-status-regex seconds
    local what=$1 port=$2 path=$3 expected=$4 limit=$5 waited=0 status
    while true; do
        status=$(http_status "$port" "$path")
        [[ "$status" =~ ^($expected)$ ]] && return 0
        [ "$waited" -ge "$limit" ] && fail "$what did not answer on port $port within ${limit}s (last status $status); see $logs"
        sleep 1
        waited=$((waited + 1))
    done
}

# asadmin commands that keep every listener of the configuration CONFIG on 127.0.0.1 (stack-facts.md).
# `jms-service.start-args` takes a single -D: two broke the broker's start.
loopback_commands() {
    local config=$1 name
    for name in http-listener-1 http-listener-2 admin-listener; do
        echo "set configs.config.$config.network-config.network-listeners.network-listener.$name.address=127.0.0.1"
    done
    for name in orb-listener-1 SSL SSL_MUTUALAUTH; do
        echo "set configs.config.$config.iiop-service.iiop-listener.$name.address=127.0.0.1"
    done
    echo "set configs.config.$config.admin-service.jmx-connector.system.address=127.0.0.1"
    echo "set configs.config.$config.jms-service.jms-host.default_JMS_host.host=127.0.0.1"
    echo "set configs.config.$config.jms-service.start-args=-Dimq.hostname=127.0.0.1"
}

# asadmin commands for the HTTP listeners of the configuration CONFIG: no "X-Powered-By" and no "Server"
# header, and no product name on the server's own error pages (each names Payara's version); X-Frame-Options:
# SAMEORIGIN stays on (Payara's default, stated here: the other security headers come from
# SecurityHeadersFilter; the session cookie's SameSite comes from SessionCookieSettings). `set` is
# idempotent; the JVM option takes effect at the next start.
http_commands() {
    local config=$1 name http
    for name in http-listener-1 http-listener-2; do
        http="configs.config.$config.network-config.protocols.protocol.$name.http"
        echo "set $http.xpowered-by=false"
        echo "set $http.server-header=false"
        echo "set $http.xframe-options=true"
        # gzip for pages, scripts, style sheets and JSON above 1 KB (Payara compresses nothing by default)
        echo "set $http.compression=on"
        echo "set $http.compressable-mime-type=text/html,text/xml,text/plain,text/css,text/javascript,application/javascript,application/json,application/xml,image/svg+xml"
        echo "set $http.compression-min-size-bytes=1024"
    done
    echo "create-jvm-options --target=$config -Dproduct.name="
}

# The HTTP settings above plus the worker threads of CONFIG's HTTP listeners (THREADS at most).
tuning_commands() {
    local config=$1 threads=$2
    http_commands "$config"
    echo "set configs.config.$config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=$threads"
    echo "set configs.config.$config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=4"
}

# The application's data source, from the environment (PostgreSQL) or the embedded H2 file database,
# as asadmin commands; the resource goes to TARGET (default: the server itself).
datasource_commands() {
    local target=${1:-} url user password class escaped on=""
    [ -n "$target" ] && on="--target=$target "
    if [ -n "${COALITION_DB_URL:-}" ]; then
        url=$COALITION_DB_URL
        user=${COALITION_DB_USER:?COALITION_DB_USER must be set with COALITION_DB_URL}
        password=${COALITION_DB_PASSWORD:-}
        case "$url" in
            jdbc:postgresql:*) class=org.postgresql.ds.PGSimpleDataSource ;;
            jdbc:h2:*) class=org.h2.jdbcx.JdbcDataSource ;;
            *) fail "COALITION_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL" ;;
        esac
    else
        mkdir -p "$data"
        # WRITE_DELAY=0: a commit is on disk before it is acknowledged, even if the server is killed
        url="jdbc:h2:file:$data/coalition;WRITE_DELAY=0"
        user=coalition
        password=${COALITION_DB_PASSWORD:-coalition}
        class=org.h2.jdbcx.JdbcDataSource
    fi
    escaped=${url//:/\\\\:}
    escaped=${escaped//=/\\\\=}
    echo "delete-jdbc-resource ${on}jdbc/coalition"
    echo "delete-jdbc-connection-pool coalition-pool"
    # connections: at least one per HTTP worker thread plus the timers' and the batch jobs' (COALITION_DB_POOL);
    # a request that finds none free waits 10 s at most, then gets the "temporarily unavailable" page
    echo "create-jdbc-connection-pool --steadypoolsize=8 --maxpoolsize=${COALITION_DB_POOL:-24} --maxwait=10000 --datasourceclassname=$class --restype=javax.sql.DataSource --isconnectvalidatereq=true --validationmethod=auto-commit --failconnection=true --property=user=$user:password=${password:-none}:URL=$escaped coalition-pool"
    echo "create-jdbc-resource ${on}--connectionpoolid=coalition-pool jdbc/coalition"
    say "Database: ${url%%;*}" >&2
}
