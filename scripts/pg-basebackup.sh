#!/usr/bin/env bash
# A base backup of the MediNexus PostgreSQL cluster: with the WAL archive, the starting
# point of a point-in-time restore (scripts/pg-restore-pitr.sh, docs/operations.md).
#
#   scripts/pg-basebackup.sh --backups DIR [--host H] [--port P] [--user U]
#                            [--keep N --archive WAL_ARCHIVE_DIR]
#
# Writes DIR/base-<UTC time>/ with base.tar.gz (the data directory), pg_wal.tar.gz (the WAL
# needed to make it consistent), backup_manifest (checksums) and backup-info (its starting
# WAL file, its end time). A backup is written under DIR/.partial-* and renamed only once
# complete and on disk, so a base-* directory is always whole.
# --keep N deletes all but the newest N backups, then the archived WAL older than the
# oldest one kept (pg_archivecleanup): what remains restores to any moment since then.
# The connection (host, port, user) defaults to libpq's (PGHOST, PGPORT, PGUSER...); the
# user needs the REPLICATION privilege (e.g. run as `postgres` on the primary's machine:
# sudo -u postgres scripts/pg-basebackup.sh --host /var/run/postgresql --backups ...).
# Passwords: never on the command line; use ~/.pgpass or PGPASSFILE.
set -euo pipefail
# shellcheck source=scripts/pg-common.sh
source "$(dirname "$0")/pg-common.sh"

usage() {
    sed -n '5,6p' "$0" | sed 's/^# *//' >&2
    exit 2
}

backups="" host="" port="" user="" keep="" archive=""
while [[ $# -gt 0 ]]; do
    case $1 in
        --backups) backups=${2:?}; shift 2 ;;
        --host) host=${2:?}; shift 2 ;;
        --port) port=${2:?}; shift 2 ;;
        --user) user=${2:?}; shift 2 ;;
        --keep) keep=${2:?}; shift 2 ;;
        --archive) archive=${2:?}; shift 2 ;;
        -h|--help) usage ;;
        *) echo "pg-basebackup.sh: unknown argument $1" >&2; usage ;;
    esac
done
[[ -n $backups ]] || usage
if [[ -n $keep ]]; then
    [[ $keep =~ ^[1-9][0-9]*$ ]] || pg_die "--keep: expected a number of backups (1 or more)"
    [[ -n $archive ]] || pg_die "--keep needs --archive (the WAL archive to clean up)"
    [[ -d $archive ]] || pg_die "--archive $archive: no such directory"
fi
pg_check_tools

connection=()
[[ -n $host ]] && connection+=(--host="$host")
[[ -n $port ]] && connection+=(--port="$port")
[[ -n $user ]] && connection+=(--username="$user")

mkdir -p "$backups"
chmod 0700 "$backups"
stamp=$(date -u +%Y%m%d-%H%M%S)
final=$backups/base-$stamp
[[ ! -e $final ]] || pg_die "$final already exists (one backup per second at most)"
partial=$backups/.partial-$stamp
rm -rf "$partial"
trap 'rm -rf "$partial"' EXIT

# Tar format, compressed; -X stream copies the WAL written during the backup over a second
# connection, so the backup is consistent on its own; a fast checkpoint starts it at once.
"$pg_bin/pg_basebackup" "${connection[@]}" --pgdata="$partial" --format=tar --gzip \
    --wal-method=stream --checkpoint=fast --label="medinexus base backup $stamp" \
    --no-password >&2 || pg_die "pg_basebackup failed"

# backup_label names the first WAL file this backup needs (kept for the clean-up below).
label=$(tar -xzOf "$partial/base.tar.gz" backup_label) || pg_die "the backup has no backup_label"
start_wal=$(sed -n 's/^START WAL LOCATION: .* (file \([0-9A-F]\{24\}\))$/\1/p' <<<"$label")
[[ -n $start_wal ]] || pg_die "cannot read the starting WAL file from backup_label"
{
    echo "start_wal=$start_wal"
    echo "finished_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    sed -n 's/^START TIME: /start_time=/p' <<<"$label"
} >"$partial/backup-info"
sync "$partial"/* "$partial"
mv "$partial" "$final"
sync "$backups"
trap - EXIT
echo "$final"

if [[ -n $keep ]]; then
    mapfile -t all < <(find "$backups" -mindepth 1 -maxdepth 1 -type d -name 'base-*' | sort)
    count=${#all[@]}
    if ((count > keep)); then
        for old in "${all[@]:0:count-keep}"; do
            rm -rf "$old"
            echo "deleted $old (--keep $keep)" >&2
        done
    fi
    oldest=$(find "$backups" -mindepth 1 -maxdepth 1 -type d -name 'base-*' | sort | head -n 1)
    oldest_wal=$(sed -n 's/^start_wal=//p' "$oldest/backup-info")
    [[ -n $oldest_wal ]] || pg_die "$oldest/backup-info names no starting WAL file"
    # Removes the archived segments before the oldest kept backup's first one (history
    # files, which a restore to a later timeline needs, are kept).
    pg_as_owner "$pg_bin/pg_archivecleanup" "$archive" "$oldest_wal" \
        || pg_die "pg_archivecleanup failed in $archive"
    echo "WAL archive cleaned up to $oldest_wal (oldest backup kept: $(basename "$oldest"))" >&2
fi
