#!/usr/bin/env bash
# The backup/restore check that .ci/run runs (issue #13): an installation on PostgreSQL is backed up with
# tools/backup.sh while it runs, restored into a NEW database and a NEW data folder, started again, and must then
#   - find a document by full-text search (the empty index was rebuilt from the database at start),
#   - show a request's applicant data in clear to the request officer (the SM4 key came back with the backup),
#   - accept the applicant's access code on the public status API (the keyed blind index still matches),
#   - serve the request's attachment bytes unchanged (files folder + key: read back through the full export; the
#     source keeps its files outside the data folder (gongkai.files.dir), the restore puts them in the default place),
#   - verify the audit chain as intact (the audit administrator's verification API),
# and the tool must refuse: a restore into a database that has tables, a backup whose checksum does not match,
# and encrypted keys without the passphrase. Exit status 0 only when every check passed.
#
#   tools/backup-check.sh [--db-prefix NAME] [--port N]
# Needs: PostgreSQL on 127.0.0.1:5432 (user from PGUSER, default postgres), java, curl, python3, pg_dump/pg_restore,
# openssl, and target/gongkai.jar (built here with -DskipTests when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=gongkai_ci_backup
port=18093
while [ $# -gt 0 ]; do
  case "$1" in
    --db-prefix) prefix=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    *) echo "usage: $0 [--db-prefix NAME] [--port N]" >&2; exit 2 ;;
  esac
done
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=${PGUSER:-postgres}
src_db=${prefix}_src dst_db=${prefix}_dst
work=$(mktemp -d "${TMPDIR:-/tmp}/gongkai-backup-check.XXXXXX")
pid=
started=$(date +%s)

fail() { echo "backup-check: FAILED: $*" >&2; exit 1; }
step() { echo "backup-check: $* ($(( $(date +%s) - started )) s)"; }
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }

if [ ! -f target/gongkai.jar ] || [ -n "$(find src/main pom.xml -newer target/gongkai.jar -print -quit)" ]; then
  step "packaging target/gongkai.jar"
  ./mvnw -B -q -P '!axe-core' -DskipTests package
fi

start_app() { # data-dir database log [more arguments]
  java -Xmx640m -XX:TieredStopAtLevel=1 -jar target/gongkai.jar --server.port="$port" --gongkai.data-dir="$1" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$2" --spring.datasource.username="$PGUSER" \
    --gongkai.catalogue.demo-law-limit=10 --gongkai.portal.base-url="http://localhost:$port" "${@:4}" >"$3" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    if curl -fsS "http://localhost:$port/actuator/health" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { tail -n 40 "$3" >&2; fail "the application stopped during start (log above)"; }
    sleep 1
  done
  tail -n 40 "$3" >&2; fail "the application did not start within 240 s"
}
stop_app() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
api() { curl -fsS -H "Authorization: Bearer $1" "${@:2}"; }

psql_admin -c "DROP DATABASE IF EXISTS $src_db" -c "DROP DATABASE IF EXISTS $dst_db" -c "CREATE DATABASE $src_db" \
  -c "CREATE DATABASE $dst_db"

# 1. an installation with data: the demo county, a request with personal data and an attachment
step "starting the source installation on $src_db"
start_app "$work/a" "$src_db" "$work/a.log" --gongkai.files.dir="$work/a-files"
creds="$work/a/demo-credentials.json"
for _ in $(seq 1 120); do [ -f "$creds" ] && break; sleep 1; done
[ -f "$creds" ] || fail "the demo county was not loaded (no demo-credentials.json)"
token() { python3 -c "import json,sys; print(next(a['apiToken'] for a in json.load(open(sys.argv[1])) if a['username']==sys.argv[2]))" "$creds" "$1"; }
officer=$(token requestofficer); auditor=$(token auditadmin); sysadmin=$(token sysadmin)
for _ in $(seq 1 120); do
  n=$(curl -fsS "http://localhost:$port/api/v1/documents?q=%E5%AE%85%E5%9F%BA%E5%9C%B0" | json "d['total']" || echo 0)
  [ "$n" -gt 0 ] && break; sleep 1
done
[ "$n" -gt 0 ] || fail "the source installation finds no 宅基地 document"
unit=11990101100100148H # 县政府办, the demo request officer's unit
receipt=$(curl -fsS -H 'Content-Type: application/json' "http://localhost:$port/api/v1/disclosure-requests" -d "{
  \"applicant\": {\"type\": \"NATURAL_PERSON\", \"name\": \"备份测试\", \"idNumber\": \"11010519491231002X\",
    \"phone\": \"13912345678\", \"email\": \"backup-check@example.cn\", \"address\": \"示例县城关镇备份路1号\"},
  \"unitCode\": \"$unit\", \"description\": \"备份恢复检查：2025年示例县道路养护资金\",
  \"deliveryForm\": \"ELECTRONIC\", \"deliveryChannel\": \"EMAIL\"}") || fail "submitting a request failed"
tn=$(echo "$receipt" | json "d['trackingNumber']"); code=$(echo "$receipt" | json "d['accessCode']")
printf '%%PDF-1.4\n%% backup check %s\n1 0 obj <<>> endobj\ntrailer <<>>\n%%%%EOF\n' "$tn" > "$work/note.pdf"
api "$officer" -o /dev/null -F "file=@$work/note.pdf;type=application/pdf" \
  "http://localhost:$port/api/v1/staff/disclosure-requests/$tn/attachments" || fail "uploading an attachment failed"
note_sha=$(sha256sum "$work/note.pdf" | cut -d' ' -f1)
[ -n "$(ls -A "$work/a-files")" ] && [ ! -e "$work/a/files" ] || fail "the attachment was not stored in gongkai.files.dir"
[ "$(api "$auditor" "http://localhost:$port/api/v1/audit/verify" | json "d['intact']")" = True ] \
  || fail "the source installation's audit chain is not intact"

# 2. backup while it runs (PostgreSQL: online dump); keys encrypted with a passphrase file
step "backing up (online)"
head -c 32 /dev/urandom | base64 > "$work/passphrase"
SPRING_DATASOURCE_USERNAME=$PGUSER tools/backup.sh backup --out "$work/backup" --data-dir "$work/a" --files-dir "$work/a-files" \
  --db-url "jdbc:postgresql://127.0.0.1:5432/$src_db" --key-passphrase-file "$work/passphrase"
stop_app

# 3. the tool refuses what it must refuse, writing nothing
step "checking refusals"
if tools/backup.sh restore --from "$work/backup" --data-dir "$work/x1" --db-url "jdbc:postgresql://127.0.0.1:5432/$src_db" \
  --key-passphrase-file "$work/passphrase" 2>"$work/r1"; then fail "restore into a database with tables was not refused"; fi
grep -q "already has" "$work/r1" || fail "unexpected refusal: $(cat "$work/r1")"
if tools/backup.sh restore --from "$work/backup" --data-dir "$work/x2" --db-url "jdbc:postgresql://127.0.0.1:5432/$dst_db" \
  2>"$work/r2"; then fail "restore of encrypted keys without the passphrase was not refused"; fi
cp -r "$work/backup" "$work/tampered"; printf 'x' >> "$work/tampered/files.tar"
if tools/backup.sh restore --from "$work/tampered" --data-dir "$work/x3" --db-url "jdbc:postgresql://127.0.0.1:5432/$dst_db" \
  --key-passphrase-file "$work/passphrase" 2>"$work/r3"; then fail "a backup with a wrong checksum was restored"; fi
grep -q "checksums" "$work/r3" || fail "unexpected refusal: $(cat "$work/r3")"
[ ! -e "$work/x2" ] && [ ! -e "$work/x3" ] || fail "a refused restore wrote a data folder"
[ "$(psql -X -Atd "$dst_db" -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")" = 0 ] \
  || fail "a refused restore wrote into $dst_db"

# 4. restore into a new database and a new data folder, start again
step "restoring into $dst_db and a fresh data folder"
SPRING_DATASOURCE_USERNAME=$PGUSER tools/backup.sh restore --from "$work/backup" --data-dir "$work/b" \
  --db-url "jdbc:postgresql://127.0.0.1:5432/$dst_db" --key-passphrase-file "$work/passphrase"
[ ! -e "$work/b/index" ] || fail "the restore brought an index (it must be rebuilt)"
[ -n "$(ls -A "$work/b/files")" ] || fail "the restore put no files into the default files folder"
step "starting the restored installation"
start_app "$work/b" "$dst_db" "$work/b.log"

# 5. what must hold after a restore
n=$(curl -fsS "http://localhost:$port/api/v1/documents?q=%E5%AE%85%E5%9F%BA%E5%9C%B0" | json "d['total']")
[ "$n" -gt 0 ] || fail "the restored installation finds no 宅基地 document: the index was not rebuilt"
view=$(api "$officer" "http://localhost:$port/api/v1/staff/disclosure-requests/$tn") || fail "the request officer cannot read $tn"
[ "$(echo "$view" | json "d['applicant']['phone']")" = 13912345678 ] || fail "the applicant's phone did not decrypt: $view"
[ "$(echo "$view" | json "d['applicant']['address']")" = "示例县城关镇备份路1号" ] || fail "the applicant's address did not decrypt"
curl -fsS "http://localhost:$port/api/v1/disclosure-requests/$tn?accessCode=$code" >/dev/null \
  || fail "the applicant's access code is refused after the restore"
api "$sysadmin" -o "$work/export.zip" "http://localhost:$port/api/v1/admin/archive" || fail "the full export failed"
python3 - "$work/export.zip" "$note_sha" "$work/note.pdf" <<'EOF' || fail "the attachment did not come back unchanged"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.read("files/" + sys.argv[2]) == open(sys.argv[3], "rb").read()
EOF
verify=$(api "$auditor" "http://localhost:$port/api/v1/audit/verify")
[ "$(echo "$verify" | json "d['intact']")" = True ] || fail "the audit chain does not verify after the restore: $verify"
grep -q "rebuilt from the database" "$work/b.log" || fail "the restored installation did not log the index rebuild"
stop_app
psql_admin -c "DROP DATABASE IF EXISTS $src_db" -c "DROP DATABASE IF EXISTS $dst_db"
step "passed: search after rebuild, decrypted applicant, access code, attachment bytes, audit chain ($(echo "$verify" | json "d['checked']") records), refusals"
