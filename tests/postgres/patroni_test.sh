#!/usr/bin/env bash
# The production Patroni, etcd and HAProxy files of packaging/deploy/, run for real on
# loopback: a three-member etcd, Patroni on db1 and db2 (two PostgreSQL 15 instances it
# bootstraps and clones itself), HAProxy's PostgreSQL frontend with its /primary check.
# Checks: one leader and one synchronous standby (synchronous_mode), WAL archived by the
# production archive script, writes through HAProxy's :5000 reach the primary; after
# `patronictl switchover` HAProxy sends connections to the new primary, which has every
# committed row, while the old primary follows it as a standby; after SIGKILL of the
# leader's Patroni and PostgreSQL, Patroni promotes the standby by itself with no committed
# row lost, strict mode makes writes wait while it is alone, and the lost machine rejoins
# as the synchronous standby. A MediNexus node on the cluster (through HAProxy's :5000)
# serves, answers again after the fail-over, writes again once the standby is back, and its
# store passes `audit verify`.
# Test-only changes, all plain substitutions: addresses 10.0.0.x -> 127.0.0.x and free
# ports; paths into a scratch directory; PostgreSQL listens on its member's address only
# (two members share this machine's 127.0.0.1); replication from 127.0.0.1 allowed in
# pg_hba (the source address of every loopback connection); HAProxy's `global` section
# unprivileged. Runs as root (Patroni and PostgreSQL then run as `postgres`) or as a
# normal user. Exit 77 (skipped) when Patroni, etcd, HAProxy or PostgreSQL 15 is missing.
#   MEDINEXUS_SOURCE_DIR  the checkout (default: two levels above this script)
#   MEDINEXUS_SERVER_BINARY  when set, a MediNexus node also runs on the cluster through HAProxy
set -euo pipefail

source_dir=${MEDINEXUS_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
deploy=$source_dir/packaging/deploy
# shellcheck source=scripts/pg-common.sh
source "$source_dir/scripts/pg-common.sh"

missing=()
for tool in patroni patronictl etcd etcdctl haproxy curl "$pg_bin/initdb"; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]} > 0)); then
    echo "SKIP: missing ${missing[*]} (apt-get install patroni etcd-server etcd-client haproxy postgresql-15 curl)"
    exit 77
fi

base=""
pids=()  # etcd, Patroni and HAProxy processes, stopped in reverse order
cleanup() {
    local status=$? index pid
    for ((index = ${#pids[@]} - 1; index >= 0; index--)); do
        pid=${pids[index]}
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 150); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    done
    if [[ -n $base ]]; then
        # Patroni stops its PostgreSQL on SIGTERM; anything left is stopped here.
        pg_stop "$base/db1/data"
        pg_stop "$base/db2/data"
        rm -rf "$base"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=tests/postgres/test_report.sh
source "$source_dir/tests/postgres/test_report.sh"
wait_until() {  # seconds, command...
    local deadline=$((SECONDS + $1))
    shift
    while ((SECONDS < deadline)); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    return 1
}

base=$(mktemp -d "${TMPDIR:-/tmp}/medinexus-patroni.XXXXXX")
LOG_DIR=$base
pg_owned_dir "$base"
chmod 0755 "$base"

client_port=$(pg_free_port 24790)
peer_port=$(pg_free_port $((client_port + 1)))
rest_port=$(pg_free_port $((peer_port + 1)))
pg_port=$(pg_free_port $((rest_port + 1)))
front_port=$(pg_free_port $((pg_port + 1)))
https_port=$(pg_free_port $((front_port + 1)))
stats_port=$(pg_free_port $((https_port + 1)))
to_loopback=(-e 's/10\.0\.0\.\(1[123]\)/127.0.0.\1/g'
             -e "s/:2379/:$client_port/g" -e "s/:2380/:$peer_port/g"
             -e "s/:8008/:$rest_port/g" -e "s/:5432/:$pg_port/g"
             -e "s/ port 8008/ port $rest_port/")

# --- etcd: the three members of etcd.conf ---------------------------------------------------
endpoints=""
for member in 1 2 3; do
    address=127.0.0.1$member
    sed "${to_loopback[@]}" -e "s/^ETCD_NAME=.*/ETCD_NAME=\"etcd$member\"/" \
        -e "/^ETCD_INITIAL_CLUSTER=/!s/127\.0\.0\.11:/$address:/g" \
        -e "s#,http://127\.0\.0\.1:$client_port##" \
        -e "s#^ETCD_DATA_DIR=.*#ETCD_DATA_DIR=\"$base/etcd$member\"#" \
        "$deploy/etcd/etcd.conf" >"$base/etcd$member.env"
    # shellcheck source=/dev/null
    (set -a && source "$base/etcd$member.env" && exec etcd) >"$base/etcd$member.log" 2>&1 &
    pids+=($!)
    endpoints+=${endpoints:+,}$address:$client_port
done
wait_until 30 etcdctl --endpoints="$endpoints" --dial-timeout=1s endpoint health || die "etcd is not healthy"
ok "etcd: three members healthy"

# --- Patroni on db1 and db2 -------------------------------------------------------------------
archive=$base/wal-archive
pg_owned_dir "$archive"
mkdir -p "$base/bin"
install -m 0755 "$deploy/postgresql/archive-wal.sh" "$base/bin/archive-wal.sh"
for node in 1 2; do
    dir=$base/db$node
    pg_owned_dir "$dir"
    pg_owned_dir "$dir/sockets"
    sed "${to_loopback[@]}" \
        -e "s#/var/lib/postgresql/15/medinexus#$dir/data#" \
        -e "s#/var/lib/postgresql/.pgpass_patroni#$dir/pgpass#" \
        -e "s#unix_socket_directories: /var/run/postgresql#unix_socket_directories: $dir/sockets#" \
        -e "s#/usr/local/lib/medinexus/archive-wal.sh#$base/bin/archive-wal.sh#" \
        -e "s#/srv/medinexus/wal-archive#$archive#g" \
        -e "s#^\(  listen: 127\.0\.0\.1[12]\),127\.0\.0\.1:#\1:#" \
        -e "s#^\(    - host    replication  replicator   \)127\.0\.0\.11/32\(.*\)#&\n\1127.0.0.1/32 \2#" \
        "$deploy/patroni/patroni-node$node.yml" >"$dir/patroni.yml"
    chmod 0600 "$dir/patroni.yml"
    pg_give_to_owner "$dir/patroni.yml"
    grep -q "listen: 127.0.0.1$node:$pg_port" "$dir/patroni.yml" || die "could not render patroni-node$node.yml"
done
grep -q "replicator   127.0.0.1/32" "$base/db1/patroni.yml" || die "could not add the loopback replication line"

declare -A patroni_pid
start_patroni() {  # node
    (pg_exec_as_owner env HOME="$base/db$1" patroni "$base/db$1/patroni.yml") >>"$base/patroni$1.log" 2>&1 &
    pids+=($!)
    patroni_pid[$1]=$!
}
rest() {  # node path -> HTTP status
    curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1$1:$rest_port$2" || true
}
is_leader() { [[ $(rest "$1" /primary) == 200 ]]; }
is_sync() { [[ $(rest "$1" /sync) == 200 ]]; }
ctl() {
    pg_as_owner env HOME="$base/db1" patronictl -c "$base/db1/patroni.yml" "$@"
}

start_patroni 1
wait_until 90 is_leader 1 || die "db1 did not bootstrap and become the leader"
ok "Patroni bootstrapped db1 as the leader"
start_patroni 2
wait_until 90 is_sync 2 || die "db2 did not become a synchronous standby"
ok "db2 was cloned and is the synchronous standby (synchronous_mode)"
[[ $(rest 2 /primary) != 200 ]] && ok "GET /primary answers 200 on the leader only" || fail "db2 answers /primary"
ctl list

# --- HAProxy's PostgreSQL frontend ----------------------------------------------------------
{
    echo "global"
    echo "    maxconn 256"
    sed -n '/^defaults/,$p' "$deploy/haproxy/haproxy.cfg" | sed "${to_loopback[@]}" \
        | sed -e '/^\s*log global/d' -e '/option tcplog/d' -e '/option dontlognull/d' \
              -e "s/^\(\s*bind\) :5000/\1 127.0.0.1:$front_port/" \
              -e "s/^\(\s*bind\) :443/\1 127.0.0.1:$https_port/" \
              -e "s/^\(\s*bind\) 127\.0\.0\.1:8404/\1 127.0.0.1:$stats_port/"
} >"$base/haproxy.cfg"
grep -q "server db1 127.0.0.11:$pg_port maxconn 200 check port $rest_port" "$base/haproxy.cfg" \
    || die "could not render haproxy.cfg: $(cat "$base/haproxy.cfg")"
haproxy -q -c -f "$base/haproxy.cfg" || die "haproxy refuses the rendered configuration"
(pg_exec_as_owner haproxy -db -f "$base/haproxy.cfg") >"$base/haproxy.log" 2>&1 &
pids+=($!)

through_haproxy() {  # sql
    # The example's superuser password, for this psql only: exported, it would reach the
    # Patroni started later and override its passfile (libpq prefers PGPASSWORD).
    PGPASSWORD=CHANGE_ME_superuser "$pg_bin/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$front_port" \
        -U postgres -d postgres -c "$1"
}
# HAProxy counts every server as up when it starts, until its checks say otherwise: wait
# until it has marked the standby down (a connection to the standby meanwhile would be
# refused writes by PostgreSQL, not lose any).
haproxy_says() {  # server state
    curl -s --max-time 2 "http://127.0.0.1:$stats_port/;csv" | grep -q "^postgresql_primary,$1,.*,$2,"
}
primary_is() {  # address
    [[ $(through_haproxy "SELECT host(inet_server_addr()) || ' ' || pg_is_in_recovery()" 2>/dev/null) == "$1 false" ]]
}
# HAProxy marks `name` up and a connection through it lands on `address`, the primary. Waited
# for as a whole: under load the health checks (inter 3 s, rise 2) may take a while.
haproxy_reaches() {  # name address
    haproxy_says "$1" UP && primary_is "$2"
}
wait_until 60 haproxy_says db2 DOWN && wait_until 60 haproxy_reaches db1 127.0.0.11 \
    && ok "HAProxy :5000 reaches the primary db1 (db2 checked down)" || fail "HAProxy :5000 does not reach db1"

through_haproxy "CREATE TABLE acknowledged(n int PRIMARY KEY)" >/dev/null
through_haproxy "INSERT INTO acknowledged SELECT generate_series(1, 1000)" >/dev/null
segment=$(through_haproxy "SELECT pg_walfile_name(pg_switch_wal())")
wait_until 30 test -f "$archive/$segment" && ok "WAL archived by archive-wal.sh ($segment)" || fail "$segment not archived"

# --- a MediNexus node on this cluster, through HAProxy's :5000 --------------------------------
# The node's connection string names HAProxy only, with a passfile (never a password in it).
server_bin=${MEDINEXUS_SERVER_BINARY:-}
node_port=""
node_health() {  # status
    [[ $(curl -sk --max-time 3 -o /dev/null -w '%{http_code}' "https://127.0.0.1:$node_port/healthz") == "$1" ]]
}
node_login() {
    [[ $(curl -sk --max-time 10 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d '{"username":"admin","password":"Patroni-Test-Pw-2026"}' "https://127.0.0.1:$node_port/api/v1/auth/login") == 200 ]]
}
if [[ -x $server_bin ]]; then
    through_haproxy "CREATE DATABASE medinexus" >/dev/null
    printf '127.0.0.1:%s:*:postgres:CHANGE_ME_superuser\n' "$front_port" >"$base/medinexus.pgpass"
    chmod 0600 "$base/medinexus.pgpass"
    node_port=$(pg_free_port $((stats_port + 1)))
    conninfo="host=127.0.0.1 port=$front_port dbname=medinexus user=postgres passfile=$base/medinexus.pgpass connect_timeout=3"
    "$server_bin" init --data-dir "$base/node" --database "$conninfo" --listen "127.0.0.1:$node_port" \
        <<<'Patroni-Test-Pw-2026' >"$base/node-init.log" 2>&1 || die "medinexus-server init on Patroni's cluster failed"
    "$server_bin" serve --data-dir "$base/node" --no-access-log >"$base/node.log" 2>&1 &
    pids+=("$!")
    wait_until 60 node_health 200 && node_login && ok "a MediNexus node serves on Patroni's cluster through HAProxy (login writes a session)" \
        || fail "the MediNexus node on Patroni's cluster does not serve"
else
    echo "note: MEDINEXUS_SERVER_BINARY is not set: the MediNexus node checks are skipped"
fi

# --- a planned switchover ---------------------------------------------------------------------
ctl switchover --leader db1 --candidate db2 --force >"$base/switchover.log" 2>&1 || die "patronictl switchover failed"
wait_until 60 haproxy_says db1 DOWN && wait_until 60 haproxy_reaches db2 127.0.0.12 && ok "after the switchover HAProxy :5000 reaches the new primary db2" \
    || fail "HAProxy does not reach db2 after the switchover"
[[ $(through_haproxy "SELECT count(*) FROM acknowledged" 2>/dev/null) == 1000 ]] \
    && ok "every committed row is on the new primary" || fail "rows missing on the new primary"
through_haproxy "INSERT INTO acknowledged VALUES (1001)" >/dev/null && ok "the new primary accepts writes" \
    || fail "writing to the new primary"
wait_until 90 is_sync 1 && ok "the old primary db1 follows as the synchronous standby" || fail "db1 did not rejoin as standby"
ctl list

# --- automatic failover: the leader's machine lost -------------------------------------------
# SIGKILL of db2's Patroni and PostgreSQL at once, as when its machine vanishes.
postmaster=$(head -n 1 "$base/db2/data/postmaster.pid")
kill -KILL "${patroni_pid[2]}" "$postmaster"
lost=$SECONDS
wait "${patroni_pid[2]}" 2>/dev/null || true  # reaped quietly (bash reports a killed job)
wait_until 90 is_leader 1 && ok "Patroni promoted db1 by itself $((SECONDS - lost)) s after the leader was lost (ttl 10 s)" \
    || die "db1 was not promoted after the loss of db2"
wait_until 60 haproxy_reaches db1 127.0.0.11 && ok "HAProxy :5000 follows to db1, $((SECONDS - lost)) s after the loss (target 15 s)" \
    || fail "HAProxy does not reach db1 after the failover"
# The 15 s target with a margin for a loaded test machine (SECONDS counts whole seconds).
(( SECONDS - lost <= 25 )) || fail "the primary came back through HAProxy only $((SECONDS - lost)) s after its loss"
if [[ -n $node_port ]]; then
    # The node reconnects through HAProxy by itself (its health check reads from the primary;
    # writes wait for a standby in strict mode, see below).
    wait_until 30 node_health 200 && ok "the MediNexus node answers /healthz again, $((SECONDS - lost)) s after the loss" \
        || fail "the MediNexus node did not come back after the failover"
fi
[[ $(through_haproxy "SELECT count(*) FROM acknowledged" 2>/dev/null) == 1001 ]] \
    && ok "no committed row lost in the failover (synchronous replication)" || fail "rows lost in the failover"
# synchronous_mode_strict: alone, the primary names a standby that cannot exist ('*'), so
# a COMMIT waits rather than being acknowledged on one machine.
[[ $(through_haproxy "SHOW synchronous_standby_names" 2>/dev/null) == '*' ]] \
    && ok "strict mode: alone, db1 makes writes wait for a standby" || fail "db1 accepts writes without a standby"
start_patroni 2
wait_until 150 is_sync 2 && ok "db2 came back and follows db1 as the synchronous standby" \
    || fail "db2 did not rejoin as the synchronous standby"
# How it came back: pg_rewind, or a new clone when the rewind failed.
grep -E 'pg_rewind exit code|removing data directory|Failed to rewind' "$base/patroni2.log" || true
through_haproxy "INSERT INTO acknowledged VALUES (1002)" >/dev/null && ok "writes complete again with the standby back" \
    || fail "writing after db2 rejoined"
if [[ -n $node_port ]]; then
    wait_until 30 node_login && ok "the MediNexus node writes again (a login) with the standby back" \
        || fail "no login through the MediNexus node after db2 rejoined"
    verify=$("$server_bin" audit verify --data-dir "$base/node" 2>&1) && ok "audit verify on the failed-over store: $verify" \
        || fail "audit verify after the failover: $verify"
fi
ctl list

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: Patroni, etcd and HAProxy from packaging/deploy"
