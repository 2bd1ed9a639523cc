#!/usr/bin/env bash
# Point-in-time restore of the MediNexus PostgreSQL cluster into a NEW data directory, from a
# base backup (scripts/pg-basebackup.sh) and the WAL archive: the store as it was at
# TARGET_TIME. The running cluster is not touched.
#
#   scripts/pg-restore-pitr.sh --backup BACKUP_DIR --archive WAL_ARCHIVE_DIR \
#       --target-time 'YYYY-MM-DD HH:MM:SS[.ffffff]+00' --into NEW_DATA_DIR \
#       [--listen ADDRESS] [--port P] [--no-start]
#
# BACKUP_DIR is one base-* directory, older than TARGET_TIME. The time is PostgreSQL's
# timestamptz: give the offset (+00 for UTC), or the server's TimeZone applies. Transactions
# committed up to TARGET_TIME included are restored, later ones are not.
# The restored cluster listens on ADDRESS:P (default 127.0.0.1:5499; its pg_hba.conf is the
# backed-up one) with its socket in its data directory, recovers, and is promoted (recovery_target_action=promote): a new
# timeline, open for writes. WAL archiving is off in it, so that it never writes into the
# archive of the cluster it came from; turn it on (and take a new base backup) if it
# becomes the community's primary. --no-start prepares the directory only.
# When run as root, PostgreSQL runs as the user `postgres`, which owns NEW_DATA_DIR and
# must be able to read the archive.
set -euo pipefail
# shellcheck source=scripts/pg-common.sh
source "$(dirname "$0")/pg-common.sh"

usage() {
    sed -n '6,8p' "$0" | sed 's/^# *//' >&2
    exit 2
}

backup="" archive="" target_time="" into="" listen=127.0.0.1 port=5499 start=1
while [[ $# -gt 0 ]]; do
    case $1 in
        --backup) backup=${2:?}; shift 2 ;;
        --archive) archive=${2:?}; shift 2 ;;
        --target-time) target_time=${2:?}; shift 2 ;;
        --into) into=${2:?}; shift 2 ;;
        --listen) listen=${2:?}; shift 2 ;;
        --port) port=${2:?}; shift 2 ;;
        --no-start) start=0; shift ;;
        -h|--help) usage ;;
        *) echo "pg-restore-pitr.sh: unknown argument $1" >&2; usage ;;
    esac
done
[[ -n $backup && -n $archive && -n $target_time && -n $into ]] || usage
[[ $port =~ ^[0-9]+$ ]] || pg_die "--port: expected a number"
[[ -f $backup/base.tar.gz ]] || pg_die "$backup is not a base backup (no base.tar.gz)"
[[ -d $archive ]] || pg_die "--archive $archive: no such directory"
if [[ -e $into ]] && [[ -n $(ls -A "$into") ]]; then
    pg_die "$into exists and is not empty: restore into a new directory"
fi
pg_check_tools
backup=$(cd "$backup" && pwd)
archive=$(cd "$archive" && pwd)
mkdir -p "$into"
into=$(cd "$into" && pwd)
# A quote would end the settings' strings below.
[[ $archive != *"'"* && $into != *"'"* && $target_time != *"'"* && $listen != *"'"* ]] || pg_die "paths and time must not contain a quote"

# The backup's files, then its WAL into pg_wal.
tar -xzf "$backup/base.tar.gz" -C "$into"
if [[ -f $backup/pg_wal.tar.gz ]]; then
    mkdir -p "$into/pg_wal"
    tar -xzf "$backup/pg_wal.tar.gz" -C "$into/pg_wal"
fi
rm -f "$into/postmaster.pid" "$into/postmaster.opts"
chmod 0700 "$into"
pg_give_to_owner "$into"

# postgresql.auto.conf is read last: these settings win over the backed-up configuration.
pg_as_owner tee -a "$into/postgresql.auto.conf" >/dev/null <<EOF
# --- point-in-time restore (scripts/pg-restore-pitr.sh, $(date -u +%Y-%m-%dT%H:%M:%SZ)) ---
restore_command = 'cp "$archive/%f" "%p"'
recovery_target_time = '$target_time'
recovery_target_inclusive = on
recovery_target_action = 'promote'
# The restored cluster must not write into the archive of the cluster it came from.
archive_mode = off
listen_addresses = '$listen'
port = $port
unix_socket_directories = '$into'
# A standby setting copied with the backup would make it stream from the old primary.
primary_conninfo = ''
primary_slot_name = ''
EOF
pg_as_owner touch "$into/recovery.signal"
# A standby.signal in the backup (taken from a standby) would keep it in recovery forever.
rm -f "$into/standby.signal"

if ((start == 0)); then
    echo "prepared $into; start it with: pg_ctl --pgdata=$into start"
    exit 0
fi
pg_port_in_use "$port" && pg_die "port $port is in use on 127.0.0.1 (--port)"

log=$into/restore.log
# pg_ctl --wait returns once recovery reached consistency and connections are accepted;
# replay to the target and promotion follow.
pg_start "$into" "$log"
deadline=$((SECONDS + 600))
while :; do
    # Over its socket, as its owner (the backed-up pg_hba.conf may allow only that).
    state=$(pg_as_owner "$pg_bin/psql" -X -A -t -h "$into" -p "$port" -U postgres -d postgres \
        -c "SELECT pg_is_in_recovery()" 2>/dev/null || true)
    [[ $state == f ]] && break
    if [[ ! -f $into/postmaster.pid ]] || ((SECONDS > deadline)); then
        tail -n 30 "$log" >&2 || true
        pg_die "the restored cluster did not reach $target_time and promote (log: $log)"
    fi
    sleep 0.2
done
# PostgreSQL 15 refuses to promote when the archive ends before the target: reaching here
# means the target was reached. Its log says where replay stopped.
grep -m1 'recovery stopping' "$log" | sed 's/^[^]]*] //' || true
echo "restored to $target_time: $into, listening on $listen:$port and in $into (log: $log)"
echo "stop it with: pg_ctl --pgdata=$into stop"
