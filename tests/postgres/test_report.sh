# Sourced by the tests of this folder: how a check reports. A test counts its failures
# and exits non-zero at the end when there was any; die stops it at once.
#   LOG_DIR  when set, die prints the end of the *.log files in it

failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

ok() {
    echo "ok: $*"
}

die() {
    echo "FAIL: $*" >&2
    if [[ -n ${LOG_DIR:-} ]]; then
        tail -n 20 "$LOG_DIR"/*.log >&2 2>/dev/null || true
    fi
    exit 1
}
