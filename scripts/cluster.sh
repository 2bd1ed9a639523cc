#!/usr/bin/env bash
# A whole MediNexus cluster on loopback, for demos and tests: a PostgreSQL 15 primary and a
# synchronous streaming standby (WAL archived), two medinexus-server nodes on that database
# (a demo community), and HAProxy in front of the nodes.
#
#   scripts/cluster.sh up|down|status|kill-primary|promote [DIR]
#
#   up            creates the cluster in DIR (default build/cluster) and starts it, or starts
#                 the one already there; prints HAProxy's address, the administrator and the
#                 certificate fingerprint
#   down          stops everything it started (pid files); safe to run twice. The data stays:
#                 `up` starts it again. `down --purge` also deletes DIR.
#   status        what runs, each database's role and replication, each node's /healthz
#   kill-primary  SIGKILL of the primary's postmaster (a machine lost): the nodes answer 503
#   promote       promotes the standby (pg_ctl promote) once the primary is down; the nodes
#                 reconnect to it by themselves. The lost primary is retired: it never
#                 starts again in this cluster (it would be a second primary).
#
# No Patroni here (pg_ctl promote stands for it); the production configuration is in
# packaging/deploy/. As root, every program runs as the user `postgres` (PostgreSQL refuses
# root), in DIR, which it then owns; as a normal user, as that user.
#   MEDINEXUS_SERVER_BINARY        default build/default/server/medinexus-server
#   MEDINEXUS_CLUSTER_PORT_BASE    default 25430: PostgreSQL base+2 and base+3, the nodes
#                                  base+11 and base+12, HAProxy base+13 (MediNexus) and
#                                  base+4 (statistics page)
#   MEDINEXUS_CLUSTER_PATIENTS     demo patients (default 40)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/pg-common.sh
source "$repo/scripts/pg-common.sh"

usage() {
    sed -n '6p' "$0" | sed 's/^# *//' >&2
    exit 2
}

command=${1:-}
[[ -n $command ]] || usage
shift
purge=0
if [[ $command == down && ${1:-} == --purge ]]; then
    purge=1
    shift
fi
dir=${1:-$repo/build/cluster}
if [[ $command == up ]]; then
    mkdir -p "$dir"
elif [[ ! -d $dir ]]; then
    [[ $command == down ]] && { echo "cluster: no cluster in $dir: nothing to stop"; exit 0; }
    echo "cluster: no cluster in $dir" >&2
    exit 1
fi
dir=$(cd "$dir" && pwd)
state=$dir/cluster.env
server=${MEDINEXUS_SERVER_BINARY:-$repo/build/default/server/medinexus-server}

say() {
    echo "cluster: $*"
}

# --- state ----------------------------------------------------------------------------------
# cluster.env records the ports and which data directory has which role:
#   primary=pg1|pg2  standby=pg1|pg2|""  retired=pg1|pg2|""
load_state() {
    [[ -f $state ]] || pg_die "no cluster in $dir (run: scripts/cluster.sh up $dir)"
    # shellcheck source=/dev/null
    source "$state"
}

save_state() {
    pg_as_owner tee "$state.new" >/dev/null <<EOF
port_base=$port_base
pg1_port=$pg1_port
pg2_port=$pg2_port
node1_port=$node1_port
node2_port=$node2_port
front_port=$front_port
stats_port=$stats_port
primary=$primary
standby=$standby
retired=$retired
EOF
    mv "$state.new" "$state"
}

port_of() {  # pg1|pg2
    local name=${1}_port
    echo "${!name}"
}

conninfo() {
    # Both database machines: libpq takes the one that accepts writes (the primary) and
    # the nodes reconnect there after a failover.
    echo "host=127.0.0.1,127.0.0.1 port=$pg1_port,$pg2_port dbname=medinexus user=medinexus target_session_attrs=read-write connect_timeout=3"
}

# A process that exited but was not yet reaped (a zombie) counts as gone.
process_alive() {  # pid
    kill -0 "$1" 2>/dev/null && [[ $(ps -o stat= -p "$1" 2>/dev/null) != Z* ]]
}

pid_alive() {  # pid file
    [[ -f $1 ]] && process_alive "$(head -n 1 "$1")"
}

postmaster_alive() {  # data dir
    pid_alive "$1/postmaster.pid"
}

# --- PostgreSQL -----------------------------------------------------------------------------
create_databases() {
    say "PostgreSQL primary pg1 on 127.0.0.1:$pg1_port (WAL archive: $dir/wal-archive)"
    pg_init_primary "$dir/pg1" "$pg1_port" "$dir/sockets/pg1" "$dir/wal-archive"
    pg_as_owner tee -a "$dir/pg1/postgresql.conf" >/dev/null <<<"cluster_name = 'pg1'"
    pg_start "$dir/pg1" "$dir/pg1.log"
    pg_create_medinexus_database "$pg1_port"

    say "standby pg2 on 127.0.0.1:$pg2_port (pg_basebackup, replication slot pg2)"
    pg_owned_dir "$dir/pg2"
    pg_owned_dir "$dir/sockets/pg2"
    # -R writes primary_conninfo and standby.signal; -C -S creates the slot, so the primary
    # keeps the WAL the standby has not received yet.
    pg_as_owner "$pg_bin/pg_basebackup" --host=127.0.0.1 --port="$pg1_port" --username=postgres \
        --pgdata="$dir/pg2" --wal-method=stream --checkpoint=fast --write-recovery-conf \
        --create-slot --slot=pg2 >/dev/null || pg_die "pg_basebackup of the standby failed"
    pg_as_owner tee -a "$dir/pg2/postgresql.auto.conf" >/dev/null <<EOF
port = $pg2_port
unix_socket_directories = '$dir/sockets/pg2'
cluster_name = 'pg2'
EOF
    pg_start "$dir/pg2" "$dir/pg2.log"
    # Only now that the standby runs: with it named, every COMMIT on the primary waits
    # for the standby to have the WAL (synchronous_commit = on).
    pg_psql "$pg1_port" -- -c "ALTER SYSTEM SET synchronous_standby_names = 'pg2'" -c "SELECT pg_reload_conf()" >/dev/null
    pg_wait_for "$pg1_port" "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'pg2'" sync 60 \
        || pg_die "the standby did not become synchronous (logs: $dir/pg1.log, $dir/pg2.log)"
    say "pg2 is a synchronous standby of pg1"
}

start_databases() {
    local name
    for name in pg1 pg2; do
        [[ $name == "$retired" ]] && continue
        if ! postmaster_alive "$dir/$name"; then
            pg_start "$dir/$name" "$dir/$name.log"
        fi
    done
}

# --- medinexus-server nodes ----------------------------------------------------------------
# The server as the PostgreSQL owner too (unprivileged), with its home in DIR.
mx() {
    pg_as_owner env HOME="$dir" "$server" "$@"
}

check_server() {
    [[ -x $server ]] || pg_die "no server at $server (build it, or set MEDINEXUS_SERVER_BINARY)"
    "$server" --help | grep -q '^ *join' \
        || pg_die "$server has no 'join' verb: it predates PostgreSQL support"
}

create_nodes() {
    say "node1: demo community on PostgreSQL (${MEDINEXUS_CLUSTER_PATIENTS:-40} patients)"
    mx demo --data-dir "$dir/node1" --database "$(conninfo)" \
        --patients "${MEDINEXUS_CLUSTER_PATIENTS:-40}" >"$dir/demo.txt" 2>"$dir/demo.log" \
        || { cat "$dir/demo.log" >&2; pg_die "medinexus-server demo failed"; }
    say "node2: joins node1 (same certificate, same database)"
    mx join --data-dir "$dir/node2" --from "$dir/node1" --listen "127.0.0.1:$node2_port" >"$dir/join.log" 2>&1 \
        || { cat "$dir/join.log" >&2; pg_die "medinexus-server join failed"; }
}

start_node() {  # node1|node2
    local node=$1 port_var=${1}_port
    pid_alive "$dir/$node.pid" && return 0
    # setsid: the node leaves this terminal's session and survives the shell that started
    # it. The pid file is written by the process that then becomes the server (exec).
    rm -f "$dir/$node.pid"
    pg_as_owner env HOME="$dir" setsid sh -c 'echo $$ >"$1"; shift; exec "$@"' sh "$dir/$node.pid" \
        "$server" serve --data-dir "$dir/$node" --listen "127.0.0.1:${!port_var}" >>"$dir/$node.log" 2>&1 </dev/null &
    for _ in $(seq 50); do
        [[ -s $dir/$node.pid ]] && return 0
        sleep 0.1
    done
    pg_die "$node did not start (log: $dir/$node.log)"
}

wait_healthy() {  # url, seconds
    local deadline=$((SECONDS + $2))
    while ((SECONDS < deadline)); do
        [[ $(health "$1") == 200 ]] && return 0
        sleep 0.2
    done
    return 1
}

health() {  # url -> HTTP status (000 when nothing answers)
    curl -s -o /dev/null -w '%{http_code}' --max-time 3 --cacert "$dir/node1/tls/server.crt" "$1" 2>/dev/null || true
}

# --- HAProxy --------------------------------------------------------------------------------
# The production file's `defaults` and `backend medinexus_nodes` sections, taken as they are
# (timeouts, health check, balancing), with this cluster's addresses and an unprivileged
# `global` (no chroot, no user switch, no system log: the logging lines are left out).
section_of() {  # section header line, file
    awk -v header="$1" '
        $0 == header { inside = 1; print; next }
        inside && /^[^ \t]/ { inside = 0 }
        inside && !/^[ \t]+(server |#|log |option (tcplog|dontlognull))/ { print }' "$2"
}

render_haproxy() {
    local production=$repo/packaging/deploy/haproxy/haproxy.cfg
    {
        echo "# Generated by scripts/cluster.sh from packaging/deploy/haproxy/haproxy.cfg."
        echo "global"
        echo "    maxconn 1024"
        echo
        section_of defaults "$production"
        echo
        echo "frontend medinexus"
        echo "    bind 127.0.0.1:$front_port"
        echo "    default_backend medinexus_nodes"
        echo
        section_of "backend medinexus_nodes" "$production"
        echo "    server node1 127.0.0.1:$node1_port check check-ssl verify none"
        echo "    server node2 127.0.0.1:$node2_port check check-ssl verify none"
        echo
        echo "frontend stats"
        echo "    mode http"
        echo "    bind 127.0.0.1:$stats_port"
        echo "    stats enable"
        echo "    stats uri /"
    } >"$dir/haproxy.cfg"
    grep -q 'http-check' "$dir/haproxy.cfg" || pg_die "could not take the health check from $production"
    haproxy -q -c -f "$dir/haproxy.cfg" >/dev/null || pg_die "HAProxy refuses $dir/haproxy.cfg"
}

start_haproxy() {
    pid_alive "$dir/haproxy.pid" && return 0
    command -v haproxy >/dev/null || pg_die "haproxy is missing (apt-get install haproxy)"
    render_haproxy
    pg_give_to_owner "$dir/haproxy.cfg"
    # -D: haproxy detaches and writes its pid file.
    pg_as_owner haproxy -D -f "$dir/haproxy.cfg" -p "$dir/haproxy.pid" || pg_die "HAProxy did not start"
}

# --- verbs ----------------------------------------------------------------------------------
check_ports_free() {
    local port
    for port in "$@"; do
        pg_port_in_use "$port" && pg_die "port $port is in use (set MEDINEXUS_CLUSTER_PORT_BASE)"
    done
    return 0
}

cmd_up() {
    pg_check_tools
    command -v curl >/dev/null || pg_die "curl is missing"
    command -v haproxy >/dev/null || pg_die "haproxy is missing (apt-get install haproxy)"
    check_server
    if [[ -f $state ]]; then
        load_state
        say "starting the cluster in $dir"
        start_databases
        if [[ ! -f $dir/node2/tls/server.crt ]]; then
            # A first `up` stopped before the nodes were made (e.g. an old server binary).
            [[ ! -e $dir/node1 ]] || pg_die "$dir holds half-made nodes: scripts/cluster.sh down --purge $dir, then up"
            create_nodes
        fi
    else
        port_base=${MEDINEXUS_CLUSTER_PORT_BASE:-25430}
        [[ $port_base =~ ^[0-9]+$ ]] || pg_die "MEDINEXUS_CLUSTER_PORT_BASE: expected a port number"
        pg1_port=$((port_base + 2)) pg2_port=$((port_base + 3))
        node1_port=$((port_base + 11)) node2_port=$((port_base + 12))
        front_port=$((port_base + 13)) stats_port=$((port_base + 4))
        primary=pg1 standby=pg2 retired=""
        check_ports_free "$pg1_port" "$pg2_port" "$node1_port" "$node2_port" "$front_port" "$stats_port"
        [[ -z $(ls -A "$dir") ]] || pg_die "$dir is not empty and holds no cluster"
        pg_owned_dir "$dir"
        create_databases
        save_state
        create_nodes
    fi
    start_node node1
    start_node node2
    start_haproxy
    local front=https://127.0.0.1:$front_port
    wait_healthy "https://127.0.0.1:$node1_port/healthz" 30 || pg_die "node1 is not healthy (log: $dir/node1.log)"
    wait_healthy "https://127.0.0.1:$node2_port/healthz" 30 || pg_die "node2 is not healthy (log: $dir/node2.log)"
    wait_healthy "$front/healthz" 30 || pg_die "HAProxy does not reach a healthy node ($dir/haproxy.cfg)"

    local fingerprint password
    fingerprint=$(openssl x509 -in "$dir/node1/tls/server.crt" -noout -fingerprint -sha256 | cut -d= -f2)
    password=$(sed -n "s/.*every account's password is: //p" "$dir/demo.txt")
    cat <<EOF

MediNexus cluster in $dir
  address (HAProxy):  $front   (statistics: http://127.0.0.1:$stats_port/)
  nodes:              https://127.0.0.1:$node1_port  https://127.0.0.1:$node2_port
  PostgreSQL:         primary $primary on 127.0.0.1:$(port_of "$primary")${standby:+, synchronous standby $standby on 127.0.0.1:$(port_of "$standby")}
  administrator:      admin, password: $password (every demo account has it; list: $dir/demo.txt)
  certificate SHA-256 fingerprint: $fingerprint
  client:             build/default/client/app/medinexus-client --server "Cluster=127.0.0.1:$front_port" --fingerprint "$fingerprint"
Stop with: scripts/cluster.sh down $dir
EOF
}

stop_pidfile() {  # pid file, what
    local file=$1 pid
    [[ -f $file ]] || return 0
    pid=$(head -n 1 "$file")
    if process_alive "$pid"; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 100); do
            process_alive "$pid" || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
        say "stopped $2"
    fi
    rm -f "$file"
}

cmd_down() {
    if [[ ! -f $state ]]; then
        say "no cluster in $dir: nothing to stop"
    else
        load_state
        stop_pidfile "$dir/haproxy.pid" "HAProxy"
        stop_pidfile "$dir/node1.pid" "node1"
        stop_pidfile "$dir/node2.pid" "node2"
        local name
        for name in pg1 pg2; do
            if postmaster_alive "$dir/$name"; then
                pg_stop "$dir/$name"
                say "stopped PostgreSQL $name"
            fi
        done
    fi
    if ((purge)) && [[ -d $dir ]]; then
        rm -rf "$dir"
        say "deleted $dir"
    fi
}

cmd_status() {
    load_state
    local name role node code
    for name in pg1 pg2; do
        if [[ $name == "$retired" ]]; then
            role="retired (lost primary; never restarted)"
        elif postmaster_alive "$dir/$name"; then
            case $(pg_psql "$(port_of "$name")" -- -c "SELECT pg_is_in_recovery()" 2>/dev/null || true) in
                f) role="primary" ;;
                t) role="standby" ;;
                *) role="running, not answering" ;;
            esac
        else
            role="stopped"
        fi
        echo "PostgreSQL $name 127.0.0.1:$(port_of "$name"): $role"
    done
    if postmaster_alive "$dir/$primary"; then
        pg_psql "$(port_of "$primary")" -- -F ' ' -c \
            "SELECT '  replication to ' || application_name || ': ' || state || ', ' || sync_state FROM pg_stat_replication" \
            2>/dev/null || true
        echo "  synchronous_standby_names: '$(pg_psql "$(port_of "$primary")" -- -c "SHOW synchronous_standby_names" 2>/dev/null || true)'"
    fi
    for node in node1 node2; do
        local port_var=${node}_port
        if pid_alive "$dir/$node.pid"; then
            code=$(health "https://127.0.0.1:${!port_var}/healthz")
            echo "$node https://127.0.0.1:${!port_var}: running, /healthz $code"
        else
            echo "$node https://127.0.0.1:${!port_var}: stopped"
        fi
    done
    if pid_alive "$dir/haproxy.pid"; then
        echo "HAProxy https://127.0.0.1:$front_port: running, /healthz $(health "https://127.0.0.1:$front_port/healthz")"
    else
        echo "HAProxy https://127.0.0.1:$front_port: stopped"
    fi
}

cmd_kill_primary() {
    load_state
    local pid
    postmaster_alive "$dir/$primary" || pg_die "the primary $primary is not running"
    pid=$(head -n 1 "$dir/$primary/postmaster.pid")
    # The postmaster alone, like a machine that vanished: its backends notice and exit.
    kill -KILL "$pid"
    for _ in $(seq 100); do
        process_alive "$pid" || break
        sleep 0.1
    done
    say "killed the primary $primary (pid $pid); the nodes answer 503 until: scripts/cluster.sh promote $dir"
}

cmd_promote() {
    load_state
    [[ -n $standby ]] || pg_die "there is no standby to promote"
    if postmaster_alive "$dir/$primary"; then
        pg_die "the primary $primary still runs: promoting now would make two primaries (kill-primary first)"
    fi
    pg_as_owner "$pg_bin/pg_ctl" --pgdata="$dir/$standby" --wait --timeout=60 promote >/dev/null \
        || pg_die "pg_ctl promote failed (log: $dir/$standby.log)"
    local port
    port=$(port_of "$standby")
    pg_wait_for "$port" "SELECT pg_is_in_recovery()" f 30 || pg_die "$standby did not leave recovery"
    # The new primary has no standby: with synchronous_standby_names set its COMMITs would
    # wait forever. It runs alone until a new standby is built (as Patroni does without
    # synchronous_mode_strict).
    pg_psql "$port" -- -c "ALTER SYSTEM SET synchronous_standby_names = ''" -c "SELECT pg_reload_conf()" >/dev/null
    retired=$primary
    primary=$standby
    standby=""
    save_state
    say "promoted $primary (127.0.0.1:$port); $retired is retired. $primary runs without a standby:"
    say "acknowledged writes are now on one machine only."
}

case $command in
    up) cmd_up ;;
    down) cmd_down ;;
    status) cmd_status ;;
    kill-primary) cmd_kill_primary ;;
    promote) cmd_promote ;;
    *) usage ;;
esac
