#!/usr/bin/env bash
# refresh-airports.sh - regenerate Hobbs' bundled airport reference data.
#
# Reads OurAirports' airports.csv (public domain, https://ourairports.com/data/)
# and writes src/main/resources/airports/airports.csv.gz with:
#
#   ident,type,name,latitude_deg,longitude_deg,elevation_ft,iso_country,
#   iso_region,municipality,gps_code,iata_code,local_code
#
# * rows of type "closed" are dropped; every other type (large/medium/small
#   airports, heliports, seaplane bases, balloonports) is kept;
# * columns are picked by header name, so the older OurAirports layout
#   (without icao_code) and the current one (with icao_code) both work;
# * values are copied as they are (surrounding whitespace trimmed; an empty
#   elevation stays empty), rows keep the input order, quoting follows
#   RFC 4180 (only where needed), UTF-8, LF line ends;
# * the gzip header carries no file name or time, so the same input always
#   gives byte-identical output.
#
# Usage:
#   scripts/refresh-airports.sh [-o OUTPUT.csv.gz] [--min-rows N] SOURCE
#
#   SOURCE   a path to airports.csv, "-" for standard input, or an
#            http(s)/file URL, e.g.
#            https://davidmegginson.github.io/ourairports-data/airports.csv
#   -o       output file (default: <repo>/src/main/resources/airports/airports.csv.gz)
#   --min-rows N
#            refuse to write the output if fewer than N rows survive the
#            filter (default 10000; guards against truncated downloads).
#
# Needs bash and python3 (standard library only); URLs are fetched with curl
# when it is installed, otherwise with python3's urllib.
# After a refresh, update the row counts and date in docs/airports.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(cd "$here/.." && pwd)/src/main/resources/airports/airports.csv.gz"
min_rows=10000
src=""

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    -o|--output) out="${2:?-o needs a file}"; shift 2 ;;
    --min-rows) min_rows="${2:?--min-rows needs a number}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -) src="-"; shift ;;
    -*) echo "refresh-airports: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) [ -z "$src" ] || { echo "refresh-airports: only one SOURCE" >&2; exit 2; }
       src="$1"; shift ;;
  esac
done
[ -n "$src" ] || { usage >&2; exit 2; }
command -v python3 >/dev/null || { echo "refresh-airports: python3 is required" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

case "$src" in
  http://*|https://*|file://*)
    echo "refresh-airports: downloading $src" >&2
    if command -v curl >/dev/null; then
      curl -fsSL --retry 3 -o "$work/airports.csv" "$src"
    else
      python3 -c 'import sys, urllib.request; urllib.request.urlretrieve(sys.argv[1], sys.argv[2])' \
        "$src" "$work/airports.csv"
    fi
    input="$work/airports.csv" ;;
  -) cat > "$work/airports.csv"; input="$work/airports.csv" ;;
  *) [ -r "$src" ] || { echo "refresh-airports: cannot read $src" >&2; exit 1; }
     input="$src" ;;
esac

mkdir -p "$(dirname "$out")"
tmp_out="$(mktemp "$(dirname "$out")/.airports.XXXXXX")"
trap 'rm -rf "$work"; rm -f "$tmp_out"' EXIT

python3 - "$input" "$tmp_out" "$min_rows" <<'PY'
import collections, csv, gzip, io, sys

src, dst, min_rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
COLUMNS = ["ident", "type", "name", "latitude_deg", "longitude_deg",
           "elevation_ft", "iso_country", "iso_region", "municipality",
           "gps_code", "iata_code", "local_code"]

csv.field_size_limit(1 << 24)
# utf-8-sig: tolerate a byte-order mark; newline="" lets csv handle quoted
# line breaks and CRLF input.
with open(src, encoding="utf-8-sig", newline="") as f:
    reader = csv.DictReader(f)
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        sys.exit("refresh-airports: input is not an OurAirports airports.csv "
                 "(missing columns: %s)" % ", ".join(missing))
    rows, by_type, seen, dups = [], collections.Counter(), set(), 0
    for rec in reader:
        kind = (rec["type"] or "").strip()
        if kind == "closed":
            continue
        ident = (rec["ident"] or "").strip()
        if not ident:
            continue
        if ident in seen:
            dups += 1
            continue
        seen.add(ident)
        row = [(rec[c] or "").strip() for c in COLUMNS]
        # keep each record on one line for line-oriented readers
        row = [" ".join(v.split()) if ("\n" in v or "\r" in v) else v for v in row]
        rows.append(row)
        by_type[kind] += 1

if len(rows) < min_rows:
    sys.exit("refresh-airports: only %d rows after filtering (minimum %d); "
             "refusing to overwrite" % (len(rows), min_rows))

buf = io.StringIO(newline="")
w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerow(COLUMNS)
w.writerows(rows)
with open(dst, "wb") as raw:
    # filename="" and mtime=0: reproducible gzip header
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                       compresslevel=9) as gz:
        gz.write(buf.getvalue().encode("utf-8"))

print("refresh-airports: %d rows written" % len(rows), file=sys.stderr)
for kind, n in sorted(by_type.items(), key=lambda kv: -kv[1]):
    print("  %-16s %d" % (kind, n), file=sys.stderr)
if dups:
    print("  (skipped %d duplicate idents)" % dups, file=sys.stderr)
PY

chmod 0644 "$tmp_out"
mv -f "$tmp_out" "$out"
echo "refresh-airports: wrote $out ($(wc -c < "$out") bytes)" >&2
