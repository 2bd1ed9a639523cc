#!/usr/bin/env bash
# Point-in-time restore of a MediNexus store on PostgreSQL, end to end with the real tools:
#   1. a PostgreSQL 15 primary with WAL archiving (scripts/pg-common.sh, the production
#      archive_command of packaging/deploy/postgresql/archive-wal.sh);
#   2. `medinexus-server init --database` creates the store in it;
#   3. a base backup (scripts/pg-basebackup.sh);
#   4. group A written through the server (`facility add`, `user add`); the time T noted;
#      group B written the same way;
#   5. scripts/pg-restore-pitr.sh restores the backup + archive to T into a new cluster;
#   6. the restored store holds group A and not group B (pg_dump of the data, and the
#      server's own `facility list`), `audit verify` passes on it, and it accepts writes;
#   7. runbook step 4: the copy loaded (pg_dump | pg_restore) into a fresh database on the
#      primary, where the server finds it with its configuration unchanged.
# Also: --keep of pg-basebackup.sh deletes old backups and the WAL only they needed.
# Runs as root (PostgreSQL then runs as `postgres`) or as a normal user; no terminal needed.
# Exit 77 (skipped) when PostgreSQL 15 is not installed.
#   MEDINEXUS_SOURCE_DIR    the checkout (default: two levels above this script)
#   MEDINEXUS_SERVER_BINARY the server (default: build/default/server/medinexus-server)
set -euo pipefail

source_dir=${MEDINEXUS_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
server=${MEDINEXUS_SERVER_BINARY:-$source_dir/build/default/server/medinexus-server}
# shellcheck source=scripts/pg-common.sh
source "$source_dir/scripts/pg-common.sh"

if [[ ! -x $pg_bin/initdb ]]; then
    echo "SKIP: PostgreSQL 15 is not installed ($pg_bin/initdb); scripts/install-deps.sh installs it"
    exit 77
fi
[[ -x $server ]] || { echo "FAIL: no server binary at $server" >&2; exit 1; }

base=""
cleanup() {
    local status=$?
    if [[ -n $base ]]; then
        pg_stop "$base/restored"
        pg_stop "$base/primary"
        rm -rf "$base"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=tests/postgres/test_report.sh
source "$source_dir/tests/postgres/test_report.sh"
# Runs a step that must succeed; its output goes to the test log.
step() {
    local what=$1
    shift
    echo "--- $what"
    "$@" || { echo "FAIL: $what (exit $?)" >&2; exit 1; }
}

base=$(mktemp -d "${TMPDIR:-/tmp}/medinexus-pitr.XXXXXX")
pg_owned_dir "$base"
port=$(pg_free_port 26432)
restored_port=$(pg_free_port $((port + 1)))
archive=$base/wal-archive
node=$base/node1  # the server's data directory: certificate and configuration

step "primary with WAL archiving on 127.0.0.1:$port" pg_init_primary "$base/primary" "$port" "$base/sockets" "$archive"
step "start the primary" pg_start "$base/primary" "$base/primary.log"
step "create the medinexus role and database" pg_create_medinexus_database "$port"
conninfo=$(pg_medinexus_conninfo "$port")
restored_conninfo=$(pg_medinexus_conninfo "$restored_port")

password='Pitr-test-passw0rd-2026'
step "medinexus-server init on PostgreSQL" \
    "$server" init --data-dir "$node" --database "$conninfo" --listen "127.0.0.1:$(pg_free_port 27443)" \
    --admin-user admin --facility-name "PITR hospital" < <(printf '%s\n%s\n' "$password" "$password")
grep -q '^database=' "$node/medinexus-server.conf" && ok "the node's configuration names the database" \
    || fail "init did not save the database in $node/medinexus-server.conf"

step "base backup" "$source_dir/scripts/pg-basebackup.sh" --host 127.0.0.1 --port "$port" --user postgres \
    --backups "$base/backups"
backup=$(find "$base/backups" -mindepth 1 -maxdepth 1 -name 'base-*' -type d)
[[ -f $backup/base.tar.gz && -f $backup/pg_wal.tar.gz && -f $backup/backup-info ]] \
    && ok "the base backup holds base.tar.gz, pg_wal.tar.gz and backup-info" || fail "incomplete base backup in $backup"

# Group A: written through the server (its services, its audit chain, its sync log).
mx() {
    "$server" "$@" --data-dir "$node"
}
step "group A: facility" mx facility add --name "Group A clinic" --kind clinic --village Kedougou
step "group A: user" mx user add --username group.a --display-name "Group A nurse" --role nurse \
    --facility "Group A clinic" < <(printf '%s\n%s\n' "$password" "$password")

# T: after every commit of group A, before any of group B, on the database's own clock
# (the clock that stamps the commit records recovery compares with).
target_time=$(pg_psql "$port" -- -c "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")
pg_psql "$port" -- -c "SELECT pg_switch_wal()" >/dev/null
echo "--- target time: $target_time"

step "group B: facility" mx facility add --name "Group B pharmacy" --kind pharmacy --village Tambacounda
step "group B: user" mx user add --username group.b --display-name "Group B pharmacist" --role pharmacist \
    --facility "Group B pharmacy" < <(printf '%s\n%s\n' "$password" "$password")

# Recovery stops at the first commit after T, so that commit's WAL must be in the archive:
# close the segment and wait until it is archived.
last_segment=$(pg_psql "$port" -- -c "SELECT pg_walfile_name(pg_switch_wal())")
step "group B's WAL archived" pg_wait_for "$port" \
    "SELECT last_archived_wal >= '$last_segment' FROM pg_stat_archiver" t 60

on_primary=$(mx facility list)
grep -q "Group A clinic" <<<"$on_primary" && grep -q "Group B pharmacy" <<<"$on_primary" \
    && ok "the primary holds groups A and B" || fail "the primary lacks group A or B: $on_primary"

step "point-in-time restore to $target_time" "$source_dir/scripts/pg-restore-pitr.sh" --backup "$backup" \
    --archive "$archive" --target-time "$target_time" --into "$base/restored" --port "$restored_port"

state=$(pg_psql "$restored_port" -- -c "SELECT pg_is_in_recovery()")
[[ $state == f ]] && ok "the restored cluster is promoted (open for writes)" || fail "restored cluster still in recovery"

# What the database holds, read without the server: every row of the medinexus database.
# (pg_dump's warning about circular foreign keys concerns reloading a data-only dump: not done.)
dump=$("$pg_bin/pg_dump" --data-only --no-owner -h 127.0.0.1 -p "$restored_port" -U postgres medinexus 2>"$base/pg_dump.err") \
    || { cat "$base/pg_dump.err" >&2; fail "pg_dump of the restored store"; }
grep -q "Group A clinic" <<<"$dump" && ok "pg_dump: group A's facility is restored" || fail "pg_dump: group A's facility is missing"
grep -qF "group.a" <<<"$dump" && ok "pg_dump: group A's user is restored" || fail "pg_dump: group A's user is missing"
grep -q "Group B pharmacy" <<<"$dump" && fail "pg_dump: group B's facility is present (written after T)" \
    || ok "pg_dump: group B's facility is absent"
grep -qF "group.b" <<<"$dump" && fail "pg_dump: group B's user is present (written after T)" \
    || ok "pg_dump: group B's user is absent"

# The same through the server, on the restored database.
restored_list=$(mx facility list --database "$restored_conninfo")
grep -q "Group A clinic" <<<"$restored_list" && ! grep -q "Group B pharmacy" <<<"$restored_list" \
    && ok "the server sees group A and not group B in the restored store" \
    || fail "facility list on the restored store: $restored_list"
restored_users=$(mx user list --database "$restored_conninfo")
grep -qF "group.a" <<<"$restored_users" && ! grep -qF "group.b" <<<"$restored_users" \
    && ok "the server sees user group.a and not group.b" || fail "user list on the restored store: $restored_users"

if verify=$(mx audit verify --database "$restored_conninfo" 2>&1); then
    ok "audit verify passes on the restored store"
else
    fail "audit verify on the restored store: $verify"
fi
if verify=$(mx audit verify 2>&1); then
    ok "audit verify passes on the primary"
else
    fail "audit verify on the primary: $verify"
fi

# The restored store carries on: a write through the server, and the chain still verifies.
if mx facility add --database "$restored_conninfo" --name "After restore" --kind clinic --village Kolda >/dev/null \
    && mx audit verify --database "$restored_conninfo" >/dev/null 2>&1; then
    ok "the restored store accepts writes and its audit chain still verifies"
else
    fail "writing to the restored store, or verifying it afterwards"
fi

# Runbook step 4 (docs/operations.md): the copy loaded into a fresh database on the
# primary, the current one set aside; the server's configuration then uses it unchanged.
pg_psql "$port" -- -c "ALTER DATABASE medinexus RENAME TO medinexus_before_restore" \
    -c "CREATE DATABASE medinexus OWNER medinexus" >/dev/null
if "$pg_bin/pg_dump" -Fc -h "$base/restored" -p "$restored_port" -U postgres medinexus \
    | "$pg_bin/pg_restore" --no-owner --role=medinexus -h 127.0.0.1 -p "$port" -U postgres -d medinexus; then
    ok "pg_dump | pg_restore loaded the copy into the primary"
else
    fail "pg_dump | pg_restore of the copy into the primary"
fi
loaded=$(mx facility list)
grep -q "Group A clinic" <<<"$loaded" && ! grep -q "Group B pharmacy" <<<"$loaded" \
    && ok "the server's own database now holds group A and not group B" || fail "facility list after loading: $loaded"
if verify=$(mx audit verify 2>&1); then
    ok "audit verify passes on the loaded database"
else
    fail "audit verify on the loaded database: $verify"
fi
mx facility add --name "After loading" --kind clinic --village Matam >/dev/null && mx audit verify >/dev/null 2>&1 \
    && ok "the loaded database accepts writes (sequences carried over) and still verifies" \
    || fail "writing to the loaded database"

# Retention: a second backup with --keep 1 deletes the first and the WAL only it needed.
first_wal=$(sed -n 's/^start_wal=//p' "$backup/backup-info")
sleep 1  # backups are named by the second
step "second base backup with --keep 1" "$source_dir/scripts/pg-basebackup.sh" --host 127.0.0.1 --port "$port" \
    --user postgres --backups "$base/backups" --keep 1 --archive "$archive"
mapfile -t kept < <(find "$base/backups" -mindepth 1 -maxdepth 1 -name 'base-*' -type d)
[[ ${#kept[@]} -eq 1 && ${kept[0]} != "$backup" ]] && ok "--keep 1 kept only the newest backup" \
    || fail "--keep 1 left: ${kept[*]}"
second_wal=$(sed -n 's/^start_wal=//p' "${kept[0]}/backup-info")
[[ ! -e $archive/$first_wal ]] && ok "the archived WAL before the kept backup is deleted" \
    || fail "$first_wal is still in the archive"
if [[ -e $archive/$second_wal ]] || pg_wait_for "$port" \
    "SELECT last_archived_wal >= '$second_wal' FROM pg_stat_archiver" t 30; then
    ok "the kept backup's WAL stays in the archive"
else
    fail "the kept backup's first WAL file $second_wal is not in the archive"
fi

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: point-in-time restore"
