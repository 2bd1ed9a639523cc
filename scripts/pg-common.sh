# shellcheck shell=bash
# Shell functions shared by scripts/cluster.sh, scripts/pg-basebackup.sh,
# scripts/pg-restore-pitr.sh and the tests in tests/postgres/: PostgreSQL 15 clusters on
# loopback, owned by an unprivileged user. Source it; it defines functions and variables only.
#
# PostgreSQL refuses to run as root: when the caller is root, the server programs (initdb,
# postgres, pg_ctl) run as the system user `postgres` in directories given to it; otherwise
# they run as the caller. Client programs (psql, pg_basebackup) run as the caller.
#   MEDINEXUS_PG_BIN   PostgreSQL's programs (default /usr/lib/postgresql/15/bin)
#   MEDINEXUS_PG_USER  the user that runs them when the caller is root (default postgres)

pg_bin=${MEDINEXUS_PG_BIN:-/usr/lib/postgresql/15/bin}
pg_os_user=${MEDINEXUS_PG_USER:-postgres}
pg_common_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# The archive_command used here and in production (packaging/deploy/postgresql/).
pg_archive_script_source=$pg_common_dir/../packaging/deploy/postgresql/archive-wal.sh

pg_die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

pg_check_tools() {
    local tool
    for tool in initdb pg_ctl postgres psql pg_basebackup pg_archivecleanup; do
        [[ -x $pg_bin/$tool ]] || pg_die "$pg_bin/$tool is missing (install postgresql-15: scripts/install-deps.sh)"
    done
}

# Runs a command as the PostgreSQL owner: `postgres` when we are root, else ourselves.
pg_as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        # setpriv keeps the environment and needs no PAM session; --init-groups gives the
        # user's supplementary groups and nothing of root's.
        # It runs from / (the caller's directory may be closed to it): paths are absolute.
        (cd / && setpriv --reuid="$pg_os_user" --regid="$pg_os_user" --init-groups -- "$@")
    else
        "$@"
    fi
}

# The same, replacing the calling (sub)shell, so that `(pg_exec_as_owner prog ...) &` makes
# $! the program's own pid.
pg_exec_as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        cd / && exec setpriv --reuid="$pg_os_user" --regid="$pg_os_user" --init-groups -- "$@"
    else
        exec "$@"
    fi
}

# Creates a directory (mode 0700) that the PostgreSQL owner owns.
pg_owned_dir() {
    local dir=$1
    mkdir -p "$dir"
    chmod 0700 "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        chown "$pg_os_user:" "$dir"
    fi
}

# Gives a tree to the PostgreSQL owner (when root; otherwise it is already ours).
pg_give_to_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        chown -R "$pg_os_user:" "$@"
    fi
}

# True when something accepts TCP connections on 127.0.0.1:$1.
pg_port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Prints a free TCP port on 127.0.0.1 at or above $1 (tries 200 ports). Callers start below
# 32768, where the kernel does not pick ephemeral ports for outgoing connections.
pg_free_port() {
    local port=$1 last=$(($1 + 200))
    while ((port < last)); do
        if ! pg_port_in_use "$port"; then
            echo "$port"
            return 0
        fi
        port=$((port + 1))
    done
    pg_die "no free port from $1 to $last"
}

# Installs the archive script beside a cluster, so that the PostgreSQL owner can run it
# whatever the permissions of this checkout. Prints the archive_command.
#   pg_install_archive_command BIN_DIR ARCHIVE_DIR
pg_install_archive_command() {
    local bin_dir=$1 archive_dir=$2
    mkdir -p "$bin_dir"
    install -m 0755 "$pg_archive_script_source" "$bin_dir/archive-wal.sh"
    pg_give_to_owner "$bin_dir"
    echo "'$bin_dir/archive-wal.sh' %p %f '$archive_dir'"
}

# A new primary: initdb (checksums, trust on loopback only) and the settings for a
# synchronous standby and WAL archiving.
#   pg_init_primary DATA_DIR PORT SOCKET_DIR ARCHIVE_DIR
pg_init_primary() {
    local data=$1 port=$2 sockets=$3 archive=$4
    local archive_command
    pg_owned_dir "$data"
    pg_owned_dir "$sockets"
    pg_owned_dir "$archive"
    archive_command=$(pg_install_archive_command "$(dirname "$data")/bin" "$archive")
    pg_as_owner "$pg_bin/initdb" --pgdata="$data" --username=postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 --data-checksums >/dev/null \
        || pg_die "initdb failed for $data"
    # pg_hba.conf: initdb's trust lines are for the local socket and loopback only
    # (replication included); nothing listens beyond 127.0.0.1.
    pg_as_owner tee -a "$data/postgresql.conf" >/dev/null <<EOF

# --- MediNexus loopback cluster (scripts/pg-common.sh) ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$sockets'
wal_level = replica
wal_log_hints = on
max_wal_senders = 10
max_replication_slots = 10
hot_standby = on
synchronous_commit = on
archive_mode = on
archive_command = '$(printf '%s' "$archive_command" | sed "s/'/''/g")'
fsync = on
log_line_prefix = '%m [%p] '
EOF
}

# Starts a cluster and waits until it accepts connections (or fails with its log).
#   pg_start DATA_DIR LOG_FILE
pg_start() {
    local data=$1 log=$2
    if ! pg_as_owner "$pg_bin/pg_ctl" --pgdata="$data" --log="$log" --wait --timeout=60 start >/dev/null; then
        echo "--- $log ---" >&2
        tail -n 30 "$log" >&2 || true
        pg_die "PostgreSQL did not start in $data"
    fi
}

# Stops a cluster if it runs (fast shutdown: sessions are ended, nothing is lost).
pg_stop() {
    local data=$1
    if [[ -f $data/postmaster.pid ]]; then
        pg_as_owner "$pg_bin/pg_ctl" --pgdata="$data" --mode=fast --wait --timeout=60 stop >/dev/null 2>&1 \
            || pg_as_owner "$pg_bin/pg_ctl" --pgdata="$data" --mode=immediate --wait stop >/dev/null 2>&1 || true
    fi
}

# psql on a loopback cluster as the superuser; extra arguments follow (e.g. -c "...").
#   pg_psql PORT [DBNAME] -- psql arguments...
pg_psql() {
    local port=$1 dbname=postgres
    shift
    if [[ $# -gt 0 && $1 != -- ]]; then
        dbname=$1
        shift
    fi
    [[ ${1:-} == -- ]] && shift
    "$pg_bin/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d "$dbname" "$@"
}

# Waits until a query answers the expected text (timeout in seconds, default 60).
#   pg_wait_for PORT QUERY EXPECTED [TIMEOUT]
pg_wait_for() {
    local port=$1 query=$2 expected=$3 timeout=${4:-60} answer=""
    local deadline=$((SECONDS + timeout))
    while ((SECONDS < deadline)); do
        answer=$(pg_psql "$port" -- -c "$query" 2>/dev/null || true)
        [[ $answer == "$expected" ]] && return 0
        sleep 0.2
    done
    echo "$(basename "$0"): waited ${timeout}s for '$query' to answer '$expected' (last answer: '$answer')" >&2
    return 1
}

# The MediNexus role and database (the server never runs as superuser).
#   pg_create_medinexus_database PORT
pg_create_medinexus_database() {
    pg_psql "$1" -- -c "CREATE ROLE medinexus LOGIN" -c "CREATE DATABASE medinexus OWNER medinexus" >/dev/null
}

# The connection string of that database on a loopback cluster (trust: no password).
pg_medinexus_conninfo() {
    echo "host=127.0.0.1 port=$1 dbname=medinexus user=medinexus"
}
