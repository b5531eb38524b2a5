#!/usr/bin/env bash
# The Coalition benchmark: starts Coalition on PostgreSQL (database coalition_bench, emptied first) with
# SQL statement counting on, fills it with a large organisation (generate-data.sql, scale 10: 50
# coalitions, 500 stakeholders and 2,000 tasks in the largest), signs alice in through Keycloak's real
# login page, and loads five pages with wrk. Reports per page: throughput, p50/p95/p99 latency, errors,
# SQL statements per request (the largest coalition and one with a tenth of its data), and the heap.
#
#   mvn -B package -DskipTests && coalition-ear/src/bench/run.sh [--connections 50] [--duration 30]
#       [--pages REGEX] (only the pages whose label matches) [--profile] (a JFR recording per page in target/bench)
#       [--rendered] (session copies off: every request renders its page in full, as a session's first view does)
#
# Needs: wrk and psql (Debian packages), a PostgreSQL on 127.0.0.1:5432 with trust auth for postgres,
# free ports 8080/8180/4848. Everything listens on 127.0.0.1. Results: coalition-ear/target/bench/report.md
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
connections=50
duration=30
threads=2
while [ $# -gt 0 ]; do
    case "$1" in
        --connections) connections=$2; shift 2 ;;
        --duration) duration=$2; shift 2 ;;
        --keep-running) keep=true; shift ;;
        --sql-only) sql_only=true; shift ;;
        --pages) only=$2; shift 2 ;;
        --profile) profile=true; shift ;;
        --rendered) rendered=true; shift ;;
        *) echo "usage: run.sh [--connections N] [--duration SECONDS] [--pages REGEX] [--profile] [--rendered] [--keep-running] [--sql-only]" >&2; exit 2 ;;
    esac
done
keep=${keep:-false}
only=${only:-.}
profile=${profile:-false}
rendered=${rendered:-false}
sql_only=${sql_only:-false}
home=$root/coalition-ear/target/bench
report=$home/report.md
app=http://localhost:8080/coalition
database=coalition_bench
mkdir -p "$home"

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v psql > /dev/null || { echo "psql is missing" >&2; exit 1; }
psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $database"

export COALITION_EAR=${COALITION_EAR:-$root/coalition-ear/target/coalition.ear}
export COALITION_PAYARA_ZIP=$(ls "$root"/.coalition/downloads/payara-*.zip)
export COALITION_KEYCLOAK_TGZ=$(ls "$root"/.coalition/downloads/keycloak-*.tar.gz)
export COALITION_POSTGRESQL_JAR=$root/.coalition/downloads/postgresql.jar
export COALITION_REALM=$root/coalition-ear/src/main/keycloak/coalition-realm.json
export COALITION_DB_URL=jdbc:postgresql://127.0.0.1:5432/$database
export COALITION_DB_USER=postgres
export COALITION_DB_PASSWORD=postgres
export COALITION_DEMO_SEED=false
export COALITION_DIAGNOSTICS_SQL_HEADER=true
# a repeat view by the same session is served from its rendered copy (PageCopyFilter) unless --rendered
if $rendered; then export COALITION_PAGES_COPY_SECONDS=0; else unset COALITION_PAGES_COPY_SECONDS; fi
launcher=$root/coalition-ear/src/main/scripts/coalition.sh

stop() { $keep || bash "$launcher" stop --home "$home" > /dev/null 2>&1 || true; }
trap stop EXIT
bash "$launcher" start --home "$home" --fresh-data

echo "Generating the organisation (scale 10)..."
psql -h 127.0.0.1 -U postgres -d "$database" -q -v scale=10 -f "$here/generate-data.sql" | tail -3
psql -h 127.0.0.1 -U postgres -d "$database" -qc "ANALYZE"
largest=$(psql -h 127.0.0.1 -U postgres -d "$database" -tAc "SELECT id FROM coalition WHERE name = 'Bench largest'")
tenth=$(psql -h 127.0.0.1 -U postgres -d "$database" -tAc "SELECT id FROM coalition WHERE name = 'Bench coalition 2'")

# Sign alice in the way a browser does: app -> gateway -> Keycloak's login form -> callback.
jar=$home/cookies.txt
rm -f "$jar"
follow() { curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{redirect_url}' "$@"; }
location=$(follow "$app/")
location=$(follow "$location")
form=$(curl -s -c "$jar" -b "$jar" "$location")
action=$(printf '%s' "$form" | grep -o 'action="[^"]*"' | head -1 | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')
location=$(follow --data-urlencode username=alice --data-urlencode password=alice "$action")
follow "$location" > /dev/null
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1)
[ -n "$session" ] || { echo "sign-in failed" >&2; exit 1; }
cookie="Cookie: JSESSIONID=$session"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$app/bench/empty.xhtml")
[ "$status" = 200 ] || { echo "signed-in request answered $status" >&2; exit 1; }

statement_count() { curl -s -o /dev/null -D - -H "$cookie" "$app/$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-coalition-sql-statements" {print $2}'; }
# the first view after a change reads the health and playbook facts; the ones after reuse them
statements() { local cold warm; cold=$(statement_count "$1"); warm=$(statement_count "$1"); echo "$warm (first view $cold)"; }

pages=(
    "Empty Faces page (floor)|bench/empty.xhtml|bench/empty.xhtml"
    "Coalition dashboard|coalitions/dashboard.xhtml?id=$largest|coalitions/dashboard.xhtml?id=$tenth"
    "Stakeholder register|coalitions/stakeholders.xhtml?id=$largest|coalitions/stakeholders.xhtml?id=$tenth"
    "Stakeholder map|coalitions/map.xhtml?id=$largest|coalitions/map.xhtml?id=$tenth"
    "Sponsor dashboard|sponsor.xhtml|sponsor.xhtml"
)
{
    echo "| page | requests/s | p50 ms | p95 ms | p99 ms | errors | SQL statements/request, largest coalition | SQL statements/request, a tenth of the data |"
    echo "|------|-----------:|-------:|-------:|-------:|-------:|----------------------:|----------------------------------:|"
} > "$report.table"
for page in "${pages[@]}"; do
    IFS='|' read -r label path small <<< "$page"
    [[ "$label" =~ $only ]] || continue
    sql_large=$(statements "$path")
    sql_small=$(statements "$small")
    if $sql_only; then
        echo "| $label | | | | | | $sql_large | $sql_small |" >> "$report.table"
        continue
    fi
    echo "== $label: warming up"
    wrk -t"$threads" -c"$connections" -d10s -H "$cookie" "$app/$path" > /dev/null
    echo "== $label: $connections connections for ${duration}s"
    if $profile; then
        recording=$home/$(echo "$label" | tr -c 'A-Za-z0-9\n' '-' | sed 's/-*$//').jfr
        jcmd "$(cat "$home/payara6/glassfish/domains/domain1/config/pid")" JFR.start name=bench settings=profile \
            duration="${duration}s" filename="$recording" > /dev/null
    fi
    result=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -H "$cookie" -s "$here/report.lua" "$app/$path" | grep '^RESULT')
    echo "$result"
    eval "$(echo "$result" | sed -e 's/^RESULT //' -e 's/ /\n/g')"
    echo "| $label | $rps | $p50 | $p95 | $p99 | $((errors + non2xx)) | $sql_large | $sql_small |" >> "$report.table"
done

pid=$(cat "$home/payara6/glassfish/domains/domain1/config/pid")
heap_before=$(jcmd "$pid" GC.heap_info | awk '/garbage-first heap/ {print $0}')
jcmd "$pid" GC.run > /dev/null
heap_after=$(jcmd "$pid" GC.heap_info | awk '/garbage-first heap/ {print $0}')
rss=$(ps -o rss= -p "$pid" | awk '{printf "%d MB", $1 / 1024}')
{
    echo "# Coalition benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "$(nproc) cores; wrk $threads threads, $connections connections, ${duration}s per page after a 10 s warm-up;"
    echo "one signed-in session (alice, sponsor of 5 of the 50 coalitions); PostgreSQL $(psql -h 127.0.0.1 -U postgres -d postgres -tAc 'SHOW server_version'),"
    echo "Payara Server and Keycloak on the same machine. The largest coalition: 500 stakeholders, 2,000 tasks."
    if $rendered; then
        echo "Session copies off (--rendered): every request renders its page in full."
    else
        echo "Session copies on (the default): a repeat view of an unchanged page is the session's copy of it."
    fi
    echo
    cat "$report.table"
    echo
    echo "Heap after the run: ${heap_before# }"
    echo "Heap after a full GC: ${heap_after# }; resident size $rss"
} > "$report"
rm -f "$report.table"
echo
cat "$report"
