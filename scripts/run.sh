#!/usr/bin/env bash
# Installs what is missing, builds MediNexus and runs it: the server on its embedded
# default storage with a demo community (created on first run in build/demo-data).
#   MEDINEXUS_LISTEN=127.0.0.1:8443   where the server listens
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)" --target medinexus-server

server=build/default/server/medinexus-server
data=build/demo-data
listen=${MEDINEXUS_LISTEN:-127.0.0.1:8443}

if [[ ! -f $data/store.db ]]; then
    echo "Creating the demo community in $data ..."
    "$server" demo --data-dir "$data" --patients 40 2> >(grep -v '^medinexus.storage' >&2)
fi

cat <<EOM

MediNexus demo server on https://$listen (Ctrl-C stops it).
Accounts: admin, dr.diallo, dr.sow (doctors), inf.ndiaye (nurse), ph.camara (pharmacist);
password for all: $(sed -n 's/.*kDemoPassword\[\] = "\(.*\)";/\1/p' server/app/demo_data.h)
Try it:
  curl --cacert $data/tls/server.crt https://$listen/healthz
  curl --cacert $data/tls/server.crt -H 'Content-Type: application/json' \\
       -d '{"username":"dr.diallo","password":"…"}' https://$listen/api/v1/auth/login
The desktop client arrives with its issue; the API is described in docs/api.md.

EOM
exec "$server" serve --data-dir "$data" --listen "$listen"
