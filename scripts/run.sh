#!/usr/bin/env bash
# Installs what is missing, builds MediNexus and runs it: the server on its embedded
# default storage with a demo community (created on first run in build/demo-data), and the
# desktop client, already knowing the demo server.
#   MEDINEXUS_LISTEN=127.0.0.1:8443   where the server listens
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)" --target medinexus-server medinexus-client

server=build/default/server/medinexus-server
data=build/demo-data
listen=${MEDINEXUS_LISTEN:-127.0.0.1:8443}

if [[ ! -f $data/store.db ]]; then
    echo "Creating the demo community in $data ..."
    "$server" demo --data-dir "$data" --patients 40 2> >(grep -v '^medinexus.storage' >&2)
fi

fingerprint=$(openssl x509 -in "$data/tls/server.crt" -noout -fingerprint -sha256 | cut -d= -f2)
password=$(sed -n 's/.*kDemoPassword\[\] = "\(.*\)";/\1/p' server/app/demo_data.h)

cat <<EOM

MediNexus demo server on https://$listen
Certificate fingerprint (SHA-256): $fingerprint
Accounts: admin, dr.diallo, dr.sow (doctors), inf.ndiaye (nurse), ph.camara (pharmacist);
password for all: $password
The API is described in docs/api.md.

EOM

if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
    echo "No display: only the server runs (Ctrl-C stops it). The client needs a desktop session."
    exec "$server" serve --data-dir "$data" --listen "$listen"
fi

"$server" serve --data-dir "$data" --listen "$listen" &
server_pid=$!
trap 'kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null' EXIT
# The client starts once the server answers; it knows the demo server (pinned certificate).
for _ in $(seq 50); do
    curl -sf --cacert "$data/tls/server.crt" "https://$listen/healthz" >/dev/null 2>&1 && break
    sleep 0.2
done
echo "Starting the client (quit it to stop the demo)..."
build/default/client/app/medinexus-client --data-dir build/demo-client \
    --server "Demo community=$listen" --fingerprint "$fingerprint"
