#!/usr/bin/env bash
# The Coalition benchmark: what many people signed in at once see. Starts Coalition on PostgreSQL (database
# coalition_bench, emptied first) with SQL statement counting on, fills it with a large organisation
# (generate-data.sql, scale 10: 50 coalitions, 500 stakeholders and 2,000 tasks in the largest, 1,000 more
# people), signs SESSIONS distinct sessions in through Keycloak's real login form (alice, executive sponsor;
# bob, member; dana, administrator; in turn), then measures every main page and every export of the largest
# coalition with wrk: each request carries the next session's cookie among those of the people who may see
# the page, and is a first view rendered in full (no per-session copies). Per page: throughput, p50/p95/p99,
# non-2xx answers and errors, SQL statements of one view, the page's size (plain and gzipped) and PostgreSQL's CPU per
# request (the database shares the machine's cores); then the
# heap after a full GC. --soak MINUTES instead runs a random mix of every page for that long and records the
# heap after a full GC every minute: it must not grow.
#
#   mvn -B package -DskipTests && coalition-ear/src/bench/run.sh [--sessions 40] [--connections 20]
#       [--duration 20] [--pages REGEX] (only the pages whose label matches) [--profile] (a JFR recording per
#       page in target/bench) [--soak MINUTES] [--scale 10] [--keep-running] [--sql-only]
#       [--reuse-data] (keep the organisation the last run generated instead of emptying and filling again)
#       [--settle SECONDS] (a random mix of the selected pages before the first is measured; the floor is then
#       measured again at the end, and each row gets its share of the floor's mean: the figures issue 17 names)
#       [--together] (the selected pages in one window, in turn, each page's request-thread CPU per view from the
#       server's metrics: two versions of a page compared under the same conditions, which separate runs on a
#       shared machine are not)
#       [--check] (fails unless every page answers every session 200, pages stay under 150 KB, a view takes at
#       most 12 SQL statements once its facts are cached, no request under load is answered otherwise, and
#       some request of every page finishes within the measured window;
#       CI runs it at scale 100 with a 512 MB heap)
#
# Needs: wrk and psql (Debian packages), a PostgreSQL on 127.0.0.1:5432 with trust auth for postgres,
# free ports 8080/8180/4848. Everything listens on 127.0.0.1. Results: coalition-ear/target/bench/report.md
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
connections=20
duration=20
threads=2
sessions=40
scale=10
soak=0
while [ $# -gt 0 ]; do
    case "$1" in
        --connections) connections=$2; shift 2 ;;
        --duration) duration=$2; shift 2 ;;
        --sessions) sessions=$2; shift 2 ;;
        --scale) scale=$2; shift 2 ;;
        --soak) soak=$2; shift 2 ;;
        --keep-running) keep=true; shift ;;
        --sql-only) sql_only=true; shift ;;
        --pages) only=$2; shift 2 ;;
        --profile) profile=true; shift ;;
        --check) check=true; shift ;;
        --reuse-data) reuse=true; shift ;;
        --warmup) warmup=$2; shift 2 ;;
        --settle) settle=$2; shift 2 ;;
        --together) together=true; shift ;;
        *) echo "usage: run.sh [--sessions N] [--connections N] [--duration SECONDS] [--warmup SECONDS] [--settle SECONDS] [--together] [--pages REGEX] [--profile] [--soak MINUTES] [--scale N] [--check] [--keep-running] [--sql-only] [--reuse-data]" >&2; exit 2 ;;
    esac
done
keep=${keep:-false}
only=${only:-.}
profile=${profile:-false}
sql_only=${sql_only:-false}
check=${check:-false}
reuse=${reuse:-false}
settle=${settle:-0}
together=${together:-false}
# --check asks whether every page holds, not how fast: a shorter warm-up (CI runs it on every landing). A page
# measured alone needs a longer one (--warmup 20): the pages before it no longer compile the code they share.
if [ -z "${warmup:-}" ]; then
    warmup=5
    $check && warmup=2
fi
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
export COALITION_HEAP=${COALITION_HEAP:-1g}
launcher=$root/coalition-ear/src/main/scripts/coalition.sh

stop() { $keep || bash "$launcher" stop --home "$home" > /dev/null 2>&1 || true; }
trap stop EXIT
if $reuse; then
    bash "$launcher" start --home "$home"
else
    bash "$launcher" start --home "$home" --fresh-data
    echo "Generating the organisation (scale $scale)..."
    psql -h 127.0.0.1 -U postgres -d "$database" -q -v scale="$scale" -f "$here/generate-data.sql" | tail -3
    psql -h 127.0.0.1 -U postgres -d "$database" -qc "ANALYZE"
fi
sql() { psql -h 127.0.0.1 -U postgres -d "$database" -tAc "$1"; }
largest=$(sql "SELECT id FROM coalition WHERE name = 'Bench largest'")
talked_to=$(sql "SELECT s.id FROM stakeholder s WHERE s.coalition_id = $largest AND s.name = 'Stakeholder 1-1'")

# Sign SESSIONS people in the way a browser does: app -> gateway -> Keycloak's login form -> callback.
sign_in() {
    local user=$1 jar location form action
    jar=$(mktemp)
    follow() { curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{redirect_url}' "$@"; }
    location=$(follow "$app/")
    location=$(follow "$location")
    form=$(curl -s -c "$jar" -b "$jar" "$location")
    action=$(printf '%s' "$form" | grep -o 'action="[^"]*"' | head -1 | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')
    location=$(follow --data-urlencode username="$user" --data-urlencode password="$user" "$action")
    follow "$location" > /dev/null
    awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1
    rm -f "$jar"
}
echo "Signing $sessions sessions in..."
declare -A of
users=(alice bob dana)
for i in $(seq 0 $((sessions - 1))); do
    user=${users[$((i % 3))]}
    id=$(sign_in "$user")
    [ -n "$id" ] || { echo "sign-in of $user failed" >&2; exit 1; }
    of[$user]="${of[$user]:+${of[$user]},}$id"
done
for user in "${users[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=${of[$user]%%,*}" "$app/bench/empty.xhtml")
    [ "$status" = 200 ] || { echo "a signed-in request of $user answered $status" >&2; exit 1; }
done
everyone="${of[alice]},${of[bob]},${of[dana]}"
sponsors_and_admins="${of[alice]},${of[dana]}"

# label|path|who may see it (sessions)
c=$largest
pages=(
    "Empty Faces page (floor)|bench/empty.xhtml|$everyone"
    "Page frame (template, no content)|bench/frame.xhtml|$everyone"
    "Home|index.xhtml|$everyone"
    "My work|my-work.xhtml|$everyone"
    "Sponsor view|sponsor.xhtml|${of[alice]}"
    "Allies|allies.xhtml|$everyone"
    "Coalition dashboard|coalitions/dashboard.xhtml?id=$c|$everyone"
    "Stakeholder register|coalitions/stakeholders.xhtml?id=$c|$everyone"
    "Stakeholder map|coalitions/map.xhtml?id=$c|$everyone"
    "Stakeholder page|coalitions/stakeholder.xhtml?id=$talked_to|$everyone"
    "Quick wins|coalitions/quick-wins.xhtml?id=$c|$everyone"
    "Common ground|coalitions/common-ground.xhtml?id=$c|$everyone"
    "Differences|coalitions/differences.xhtml?id=$c|$everyone"
    "Rhythm|coalitions/rhythm.xhtml?id=$c|$everyone"
    "Audit trail|coalitions/audit.xhtml?id=$c|$sponsors_and_admins"
    "Influence network|coalitions/network.xhtml?id=$c|$everyone"
    "Commitments|coalitions/commitments.xhtml?id=$c|$everyone"
    "Engagement|coalitions/engagement.xhtml?id=$c|$everyone"
    "Rating rounds|coalitions/ratings.xhtml?id=$c|$everyone"
    "Coverage|coalitions/coverage.xhtml?id=$c|$everyone"
    "Access console|admin/access.xhtml?coalition=$c|${of[dana]}"
    "Export: register CSV|export/stakeholders.csv?coalition=$c|$everyone"
    "Export: register Excel|export/stakeholders.xlsx?coalition=$c|$everyone"
    "Export: register PDF|export/stakeholders.pdf?coalition=$c|$everyone"
    "Export: tasks CSV|export/tasks.csv?coalition=$c|$everyone"
    "Export: milestones CSV|export/milestones.csv?coalition=$c|$everyone"
    "Export: quick wins CSV|export/quick-wins.csv?coalition=$c|$everyone"
    "Export: influence links CSV|export/influence-links.csv?coalition=$c|$everyone"
    "Export: commitments CSV|export/commitments.csv?coalition=$c|$everyone"
    "Export: rating rounds CSV|export/ratings.csv?coalition=$c|$everyone"
    "Export: coverage CSV|export/coverage.csv?coalition=$c|$everyone"
    "Export: audit CSV|export/audit.csv?coalition=$c|$sponsors_and_admins"
    "Export: my tasks CSV|export/my-tasks.csv|$everyone"
)

# Views by the page's first session: SQL statements of a view (the first one after a change fills the
# health facts' cache: in brackets), size as sent plain and gzipped.
statements_of() {
    curl -s -o /dev/null -D - -H "Cookie: JSESSIONID=$2" "$app/$1" | tr -d '\r' \
        | awk -F': ' 'tolower($1) == "x-coalition-sql-statements" {print $2}'
}
probe() {
    local path=$1 cookie=$2 first statements again plain zipped
    first=$(statements_of "$path" "$cookie")
    # once the facts are cached: the fewer of two views (the cache also lapses after 10 s, or on a
    # background job's write, and a slow first view under load can outlast it)
    statements=$(statements_of "$path" "$cookie")
    again=$(statements_of "$path" "$cookie")
    if [ -n "$again" ] && [ -n "$statements" ] && [ "$again" -lt "$statements" ]; then statements=$again; fi
    plain=$(curl -s -o /dev/null -w '%{size_download}' -H "Cookie: JSESSIONID=$cookie" "$app/$path")
    zipped=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -H "Cookie: JSESSIONID=$cookie" "$app/$path")
    echo "${statements:-–}${first:+ ($first)}|$((plain / 1024))|$((zipped / 1024))|${statements:-0}"
}

# --check: what must hold; each violation is listed and the run fails at the end.
violations=()
checks=0
check_page() {
    local label=$1 path=$2 who=$3 statements=$4 kb=$5 id status
    checks=$((checks + 1))
    for id in $(tr ',' ' ' <<< "$who"); do
        status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$id" "$app/$path")
        [ "$status" = 200 ] || { violations+=("$label: a session was answered $status"); break; }
    done
    if [[ "$path" != export/* ]]; then
        checks=$((checks + 2))
        [ "$kb" -lt 150 ] || violations+=("$label: $kb KB, more than 150 KB")
        [ "$statements" -le 12 ] || violations+=("$label: $statements SQL statements per view, more than 12")
    fi
}

pid() { cat "$home/payara6/glassfish/domains/domain1/config/pid"; }
# CPU time the server's process has used (user and system, all its threads: requests, GC, compiler), in clock ticks.
# Per request it is steadier than requests/s on a machine whose other tenants take varying shares of the cores:
# the empty page's throughput swung from 620 to 1,620 requests/s between two runs minutes apart on one such machine.
server_ticks() { awk '{print $14 + $15}' "/proc/$(pid)/stat"; }
# PostgreSQL's CPU: "pid ticks" of each of its processes, and the ticks they spent between two such listings (a
# process that ended meanwhile is left out, one that started is counted from its start: autovacuum's workers come and
# go). What the views cost the database, which shares the machine's cores with the server.
db_ticks() {
    local p
    for p in $(pgrep -x postgres); do
        awk -v p="$p" '{print p, $14 + $15}' "/proc/$p/stat" 2> /dev/null || true
    done
}
db_ticks_between() {
    awk 'NR == FNR { before[$1] = $2; next } { sum += $2 - ($1 in before ? before[$1] : 0) } END { print sum + 0 }' \
        <(echo "$1") <(echo "$2")
}
hz=$(getconf CLK_TCK)
heap_after_gc() {
    jcmd "$(pid)" GC.run > /dev/null
    jcmd "$(pid)" GC.heap_info | awk '/garbage-first heap/ {gsub("K,", "", $6); printf "%d", $6 / 1024}'
}

# The CPU time the request threads spent on a page so far, "seconds views" (PageMetricsFilter's
# coalition_page_cpu_seconds for the page's path): without the time a view waited for a core, the database or the
# network, and without the collector's and the compilers' work, so steadier than the process's CPU per request.
page_cpu() {
    curl -s "http://localhost:8080/metrics" | awk -v page="page=\"/${1%%\?*}\"" '
        index($0, "coalition_page_cpu_seconds_sum{") == 1 && index($0, page) { sum = $NF }
        index($0, "coalition_page_cpu_seconds_count{") == 1 && index($0, page) { views = $NF }
        END { printf "%s %s", sum + 0, views + 0 }'
}
# milliseconds of request-thread CPU per view between two page_cpu readings, or – when the page made no view
thread_cpu() {
    awk -v before="$1" -v after="$2" 'BEGIN { split(before, b, " "); split(after, a, " ")
        if (a[2] - b[2] > 0) printf "%.2f", (a[1] - b[1]) * 1000 / (a[2] - b[2]); else printf "–" }'
}

plan=$home/plan.txt
{
    echo "| page | sessions | requests/s | server CPU ms/request | request thread CPU ms/view | p50 ms | p95 ms | p99 ms | non-2xx | errors | SQL statements/view | KB (gzipped) | database CPU ms/request |"
    echo "|------|---------:|-----------:|----------------------:|---------------------------:|-------:|-------:|-------:|--------:|-------:|--------------------:|-------------:|------------------------:|"
} > "$report.table"
# One page under load: warm-up, then the measured window (and a JFR recording with --profile); a row of the table.
measure() {
    local label=$1 path=$2 who=$3 statements plain zipped warm count recording ticks dbticks result cpu dbcpu views thread
    IFS='|' read -r statements plain zipped warm <<< "$(probe "$path" "${who%%,*}")"
    count=$(tr ',' '\n' <<< "$who" | wc -l)
    $check && check_page "$label" "$path" "$who" "$warm" "$plain"
    if $sql_only; then
        echo "| $label | $count | | | | | | | | | $statements | $plain ($zipped) | |" >> "$report.table"
        return
    fi
    echo "/coalition/$path $who" > "$plan"
    echo "== $label: warming up"
    BENCH_PLAN=$plan wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 10s -s "$here/sessions.lua" "$app/" > /dev/null
    echo "== $label: $connections connections for ${duration}s, $count sessions"
    if $profile; then
        recording=$home/$(echo "$label" | tr -c 'A-Za-z0-9\n' '-' | sed 's/-*$//').jfr
        jcmd "$(pid)" JFR.start name=bench settings=profile duration="${duration}s" filename="$recording" > /dev/null
    fi
    views=$(page_cpu "$path")
    ticks=$(server_ticks)
    dbticks=$(db_ticks)
    result=$(BENCH_PLAN=$plan wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s "$here/sessions.lua" "$app/" | grep '^RESULT')
    ticks=$(( $(server_ticks) - ticks ))
    dbticks=$(db_ticks_between "$dbticks" "$(db_ticks)")
    thread=$(thread_cpu "$views" "$(page_cpu "$path")")
    eval "$(echo "$result" | sed -e 's/^RESULT //' -e 's/ /\n/g')"
    cpu=$(awk -v t="$ticks" -v hz="$hz" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')
    dbcpu=$(awk -v t="$dbticks" -v hz="$hz" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')
    echo "$result cpu_ms=$cpu thread_cpu_ms=$thread"
    echo "| $label | $count | $rps | $cpu | $thread | $p50 | $p95 | $p99 | $non2xx | $errors | $statements | $plain ($zipped) | $dbcpu |" >> "$report.table"
    checks=$((checks + 1))
    [ "$((non2xx + errors))" -eq 0 ] || violations+=("$label: $non2xx non-2xx answers and $errors errors under load")
    # a window in which no request finished shows nothing: it fails rather than passing silently
    checks=$((checks + 1))
    [ "$requests" -gt 0 ] || violations+=("$label: no request finished within ${duration}s")
}

# --settle: a mix of every selected page before the first is measured, so that no page is measured while the JIT
# compilers still take a share of the cores (13 % of the machine 40 s into a run, seen in a JFR recording) and the
# order of the pages does not decide their figures.
plan_of_selected() {
    : > "$plan"
    for page in "${pages[@]}"; do
        IFS='|' read -r label path who <<< "$page"
        [[ "$label" =~ $only ]] && echo "/coalition/$path $who" >> "$plan"
    done
    return 0 # the last page's test is not the function's answer (set -e)
}
if [ "$settle" -gt 0 ] && [ "$soak" -eq 0 ] && ! $sql_only; then
    plan_of_selected
    echo "== settling: a mix of $(wc -l < "$plan") pages for ${settle}s"
    BENCH_PLAN=$plan BENCH_MIX=random wrk -t"$threads" -c"$connections" -d"${settle}s" --timeout 10s -s "$here/sessions.lua" "$app/" > /dev/null
fi
if $together; then
    plan_of_selected
    echo "== together: $(wc -l < "$plan") pages in turn, warming up for ${warmup}s"
    BENCH_PLAN=$plan wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 10s -s "$here/sessions.lua" "$app/" > /dev/null
    declare -A before
    while read -r path _; do before[$path]=$(page_cpu "${path#/coalition/}"); done < "$plan"
    echo "== together: $connections connections for ${duration}s"
    result=$(BENCH_PLAN=$plan wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s "$here/sessions.lua" "$app/" | grep '^RESULT')
    echo "$result"
    eval "$(echo "$result" | sed -e 's/^RESULT //' -e 's/ /\n/g')"
    {
        echo "| page (all in one window, in turn) | views | request thread CPU ms/view |"
        echo "|------|------:|---------------------------:|"
    } > "$report.table"
    for page in "${pages[@]}"; do
        IFS='|' read -r label path who <<< "$page"
        [[ "$label" =~ $only ]] || continue
        after=$(page_cpu "$path")
        echo "| $label | $(awk -v b="${before[/coalition/$path]}" -v a="$after" 'BEGIN { split(b, x, " "); split(a, y, " "); print y[2] - x[2] }') | $(thread_cpu "${before[/coalition/$path]}" "$after") |" >> "$report.table"
    done
    checks=$((checks + 1))
    [ "$((non2xx + errors))" -eq 0 ] || violations+=("together: $non2xx non-2xx answers and $errors errors under load")
    soak_line=""
elif [ "$soak" -eq 0 ]; then
    measured=0
    for page in "${pages[@]}"; do
        IFS='|' read -r label path who <<< "$page"
        [[ "$label" =~ $only ]] || continue
        measure "$label" "$path" "$who"
        measured=$((measured + 1))
    done
    # the floor once more at the end: how far the machine drifted during the run; shares use the mean of both
    if [[ "${pages[0]%%|*}" =~ $only ]] && [ "$measured" -gt 1 ] && ! $sql_only; then
        IFS='|' read -r label path who <<< "${pages[0]}"
        measure "$label, again at the end" "$path" "$who"
    fi
    soak_line=""
else
    plan_of_selected
    heaps=("$(heap_after_gc)")
    total=0; failed=0
    for minute in $(seq 1 "$soak"); do
        result=$(BENCH_PLAN=$plan BENCH_MIX=random wrk -t"$threads" -c"$connections" -d60s --timeout 10s -s "$here/sessions.lua" "$app/" | grep '^RESULT')
        eval "$(echo "$result" | sed -e 's/^RESULT //' -e 's/ /\n/g')"
        total=$((total + requests)); failed=$((failed + non2xx + errors))
        heaps+=("$(heap_after_gc)")
        echo "minute $minute: $result; heap after GC ${heaps[-1]} MB"
    done
    [ "$failed" -eq 0 ] || violations+=("soak: $failed non-2xx answers or errors")
    soak_line="Soak: $soak minutes of a random mix of $(wc -l < "$plan") pages, $connections connections: $total requests, $failed non-2xx or errors; heap after a full GC at each minute (MB): ${heaps[*]}."
fi

# each page's share of the empty page (the mean of its rows): by requests/s, and by the server's CPU per request
$together || awk -F' [|] ' '
    NR == FNR { if ($1 ~ /^[|] Empty Faces page [(]floor/ && $3 + 0 > 0) { n++; rps += $3; cpu += $4 } next }
    FNR == 1 { print $0 " share of the floor: req/s · CPU |"; next }
    FNR == 2 { print $0 "------:|"; next }
    n == 0 || $3 + 0 == 0 { print $0 " |"; next }
    { printf "%s %.1f %% · %.1f %% |\n", $0, 100 * $3 / (rps / n), 100 * (cpu / n) / $4 }
' "$report.table" "$report.table" > "$report.table.shares"
[ ! -f "$report.table.shares" ] || mv "$report.table.shares" "$report.table"

heap=$(heap_after_gc)
rss=$(ps -o rss= -p "$(pid)" | awk '{printf "%d MB", $1 / 1024}')
alive=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:8080/health/live")
{
    echo "# Coalition benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "$(nproc) cores; wrk $threads threads, $connections connections, ${duration}s per page after a ${warmup} s warm-up$(
        [ "$settle" -gt 0 ] && echo " (and, before the first page, ${settle} s of a random mix of them all)");"
    echo "$sessions sessions signed in through Keycloak (alice sponsor, bob member, dana administrator, in turn); each"
    echo "request carries the next session's cookie among those allowed to see the page, and is rendered in full."
    echo "PostgreSQL $(psql -h 127.0.0.1 -U postgres -d postgres -tAc 'SHOW server_version'), Payara Server and Keycloak on"
    echo "the same machine. Data at scale $scale; the pages show the largest coalition."
    echo
    if [ "$soak" -eq 0 ]; then cat "$report.table"; else echo "$soak_line"; fi
    echo
    echo "Heap after a full GC at the end: $heap MB; resident size $rss; liveness check afterwards: $alive"
} > "$report"
rm -f "$report.table"
echo
cat "$report"
checks=$((checks + 1))
[ "$alive" = 200 ] || violations+=("the server's liveness check answered $alive at the end")
if $check; then
    echo
    if [ ${#violations[@]} -gt 0 ]; then
        echo "Failed checks:"
        printf -- '- %s\n' "${violations[@]}"
    else
        echo "Every page answered every session, under 150 KB, at most 12 statements a view, no failed request."
    fi
    echo "scale: $((checks - ${#violations[@]})) passed, ${#violations[@]} failed"
    [ ${#violations[@]} -eq 0 ] || exit 1
fi
