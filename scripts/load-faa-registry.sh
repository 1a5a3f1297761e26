#!/usr/bin/env bash
# load-faa-registry.sh - load the FAA releasable aircraft registry into a running Hobbs.
#
# Unpacks MASTER.txt and ACFTREF.txt from the FAA's ReleasableAircraft.zip into a
# directory on this machine and asks Hobbs to load them:
#
#   POST /api/admin/faa-registry/load {"directory": "<absolute path>"}
#
# Hobbs replaces its whole registry in one transaction (about 300,000 aircraft take a
# minute or two) and answers how many aircraft it loaded and skipped. Run it on the
# machine (or a shared volume) the server reads from: the server opens the directory.
#
# Usage:
#   scripts/load-faa-registry.sh [--server URL] [--dir DIR] [SOURCE]
#
#   SOURCE    the zip as an http(s)/file URL or a path, or a directory that already
#             holds MASTER.txt and ACFTREF.txt (default:
#             https://registry.faa.gov/database/ReleasableAircraft.zip)
#   --server  Hobbs' base URL (default http://localhost:${SERVER_PORT:-8080})
#   --dir     where to unpack the zip (default ${HOBBS_DATA_DIR:-./data}/faa-registry)
#
# Needs HOBBS_ADMIN_TOKEN (the server's admin token), bash, curl and python3 (standard
# library, to unzip and to quote the JSON). See docs/aircraft.md.
set -euo pipefail

src="https://registry.faa.gov/database/ReleasableAircraft.zip"
server="http://localhost:${SERVER_PORT:-8080}"
dir="${HOBBS_DATA_DIR:-./data}/faa-registry"
given_src=""

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --server) server="${2:?--server needs a URL}"; shift 2 ;;
    --dir) dir="${2:?--dir needs a directory}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "load-faa-registry: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) [ -z "$given_src" ] || { echo "load-faa-registry: only one SOURCE" >&2; exit 2; }
       given_src="$1"; shift ;;
  esac
done
[ -z "$given_src" ] || src="$given_src"
[ -n "${HOBBS_ADMIN_TOKEN:-}" ] || { echo "load-faa-registry: set HOBBS_ADMIN_TOKEN" >&2; exit 1; }
command -v curl >/dev/null || { echo "load-faa-registry: curl is required" >&2; exit 1; }
command -v python3 >/dev/null || { echo "load-faa-registry: python3 is required" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -d "$src" ]; then
  dir="$src"
else
  case "$src" in
    http://*|https://*|file://*)
      echo "load-faa-registry: downloading $src" >&2
      # the FAA's site has refused requests without a browser-like User-Agent
      curl -fSL --retry 3 -A "Mozilla/5.0 (compatible; hobbs-faa-registry-loader)" -o "$work/registry.zip" "$src"
      zip="$work/registry.zip" ;;
    *) [ -r "$src" ] || { echo "load-faa-registry: cannot read $src" >&2; exit 1; }
       zip="$src" ;;
  esac
  mkdir -p "$dir"
  # only the two files Hobbs reads, whatever case or folder the archive gives them
  python3 - "$zip" "$dir" <<'PY'
import os, shutil, sys, zipfile
zip_path, out = sys.argv[1], sys.argv[2]
wanted = {"master.txt": "MASTER.txt", "acftref.txt": "ACFTREF.txt"}
found = set()
with zipfile.ZipFile(zip_path) as z:
    for info in z.infolist():
        name = wanted.get(os.path.basename(info.filename).lower())
        if name:
            with z.open(info) as src, open(os.path.join(out, name), "wb") as dst:
                shutil.copyfileobj(src, dst)
            found.add(name)
missing = sorted(set(wanted.values()) - found)
if missing:
    sys.exit("load-faa-registry: the archive has no " + ", ".join(missing))
PY
fi
for f in MASTER.txt ACFTREF.txt; do
  [ -r "$dir/$f" ] || { echo "load-faa-registry: $dir has no readable $f" >&2; exit 1; }
done

abs="$(cd "$dir" && pwd -P)"
body="$(python3 -c 'import json, sys; print(json.dumps({"directory": sys.argv[1]}))' "$abs")"
echo "load-faa-registry: asking $server to load $abs" >&2
curl -sS --fail-with-body --max-time 1800 -X POST "$server/api/admin/faa-registry/load" \
  -H "Authorization: Bearer $HOBBS_ADMIN_TOKEN" -H "Content-Type: application/json" --data "$body"
echo
