#!/bin/sh
# PostgreSQL archive_command for MediNexus: copies one WAL file into the archive directory.
#   archive_command = '/usr/local/lib/medinexus/archive-wal.sh %p %f /srv/medinexus/wal-archive'
# Exit 0 only once the file is durably in the archive, so PostgreSQL never recycles a
# segment that a point-in-time restore would need. A file already archived with the same
# content is accepted (PostgreSQL retries after a crash between copy and acknowledgement);
# one with different content is refused: overwriting it could destroy the only good copy
# (e.g. two primaries archiving to the same directory after a split brain).
set -eu
source_path=$1   # %p: relative to the data directory
file_name=$2     # %f
archive_dir=$3

target=$archive_dir/$file_name
if [ -e "$target" ]; then
    if cmp -s "$source_path" "$target"; then
        exit 0
    fi
    echo "archive-wal: $target exists with different content; refusing to overwrite" >&2
    exit 1
fi
temporary=$archive_dir/.$file_name.tmp.$$
trap 'rm -f "$temporary"' EXIT
cp "$source_path" "$temporary"
sync "$temporary"
mv "$temporary" "$target"
sync "$archive_dir"
