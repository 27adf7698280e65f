#!/usr/bin/env bash
# Backup and restore of one Gongkai installation (docs/deployment.md, "Backup, restore and export").
#
#   tools/backup.sh backup  --out DIR  [--data-dir DIR] [--files-dir DIR] [--db-url URL] [--key-passphrase-file FILE]
#   tools/backup.sh restore --from DIR [--data-dir DIR] [--files-dir DIR] [--db-url URL] [--key-passphrase-file FILE]
#   tools/backup.sh verify  --from DIR
#
# A backup is a directory (mode 0700) holding:
#   db.pgdump            PostgreSQL: pg_dump custom format, taken online (one consistent snapshot)
#   db-h2.tar            H2 (the default): a copy of <data-dir>/db taken while the application is STOPPED
#   files.tar            the files folder (<data-dir>/files, or gongkai.files.dir: --files-dir, else GONGKAI_FILES_DIR):
#                        attachments, SM4-encrypted at rest (useless without the key); restored into the files folder
#                        given to the restore (which may differ from the backed-up one)
#   keys.tar.enc         <data-dir>/keys (the SM4 key of personal data and files), AES-256 encrypted with the
#                        passphrase file; or keys.tar (mode 0600) when no passphrase file is given
#   MANIFEST             what was backed up, from where, schema version, key location
#   SHA256SUMS           checksums of every part; restore refuses a backup whose checksums do not match
# The search index is not backed up: the application rebuilds an empty index from the database at start.
#
# Database: --db-url, else SPRING_DATASOURCE_URL; a jdbc:postgresql:// URL means PostgreSQL (user from
# SPRING_DATASOURCE_USERNAME or PGUSER, password from SPRING_DATASOURCE_PASSWORD or PGPASSWORD), anything else H2
# under <data-dir>/db. Data folder: --data-dir, else GONGKAI_DATA_DIR, else ./data.
# Restore refuses a database that already has tables and a data folder that is not empty, and checks every
# checksum before writing anything. Exit status: 0 done, 1 refused or failed, 2 usage.
set -euo pipefail
umask 077

die() { echo "backup: $*" >&2; exit 1; }
usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

cmd=${1:-}; [ -n "$cmd" ] || usage; shift
out= from= passfile=${GONGKAI_BACKUP_PASSPHRASE_FILE:-}
data_dir=${GONGKAI_DATA_DIR:-./data}
files_dir=${GONGKAI_FILES_DIR:-}
db_url=${SPRING_DATASOURCE_URL:-}
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --from) from=$2; shift 2 ;;
    --data-dir) data_dir=$2; shift 2 ;;
    --files-dir) files_dir=$2; shift 2 ;;
    --db-url) db_url=$2; shift 2 ;;
    --key-passphrase-file) passfile=$2; shift 2 ;;
    *) usage ;;
  esac
done
[ -z "$passfile" ] || [ -r "$passfile" ] || die "passphrase file $passfile is not readable"

# jdbc:postgresql://host[:port]/db[?...] -> PGHOST PGPORT PGDATABASE
engine=h2
if [[ "$db_url" == jdbc:postgresql://* ]]; then
  engine=postgresql
  rest=${db_url#jdbc:postgresql://}
  hostport=${rest%%/*}
  dbname=${rest#*/}; dbname=${dbname%%\?*}
  export PGHOST=${hostport%%:*}
  if [[ "$hostport" == *:* ]]; then export PGPORT=${hostport##*:}; else export PGPORT=5432; fi
  export PGDATABASE=$dbname
  export PGUSER=${SPRING_DATASOURCE_USERNAME:-${PGUSER:-postgres}}
  [ -z "${SPRING_DATASOURCE_PASSWORD:-}" ] || export PGPASSWORD=$SPRING_DATASOURCE_PASSWORD
fi

encrypt_keys() { openssl enc -aes-256-cbc -pbkdf2 -iter 200000 -salt -pass "file:$passfile" -out "$1"; }
decrypt_keys() { openssl enc -d -aes-256-cbc -pbkdf2 -iter 200000 -pass "file:$passfile" -in "$1"; }

check_sums() {
  [ -f "$1/SHA256SUMS" ] || die "$1 has no SHA256SUMS: not a backup of this tool"
  (cd "$1" && sha256sum --quiet -c SHA256SUMS >&2) || die "checksums of $1 do not match: the backup is damaged or was changed; nothing restored"
}

case "$cmd" in
backup)
  [ -n "$out" ] || usage
  [ ! -e "$out" ] || die "$out exists: give a new directory"
  if [ "$engine" = h2 ]; then
    [ -d "$data_dir/db" ] || die "no H2 database under $data_dir/db"
    # H2 2.x keeps no lock file: look for a process holding the database file open (Linux /proc)
    for db_file in "$data_dir"/db/*.mv.db; do
      [ -e "$db_file" ] || continue
      real=$(readlink -f "$db_file")
      holder=$(find /proc/[0-9]*/fd -lname "$real" -print -quit 2>/dev/null || true)
      if [ -n "$holder" ]; then
        die "the H2 database $db_file is open: stop the application first (H2 is copied while stopped)"
      fi
    done
  fi
  mkdir -p "$out"; chmod 700 "$out"
  schema=unknown
  if [ "$engine" = postgresql ]; then
    pg_dump -Fc --no-owner --no-privileges -f "$out/db.pgdump"
    schema=$(psql -X -Atc "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1" 2>/dev/null || echo unknown)
  else
    tar -C "$data_dir" -cf "$out/db-h2.tar" db
  fi
  files_src=${files_dir:-$data_dir/files}
  if [ -d "$files_src" ]; then
    tar -C "$files_src" -cf "$out/files.tar" --transform 's,^\.,files,' .  # entries files/..., wherever the folder is
  else
    tar -cf "$out/files.tar" -T /dev/null
  fi
  key_note="none found"
  if [ -f "$data_dir/keys/sm4.key" ]; then
    if [ -n "$passfile" ]; then
      tar -C "$data_dir" -cf - keys | encrypt_keys "$out/keys.tar.enc"
      key_note="keys.tar.enc (AES-256, passphrase file)"
    else
      tar -C "$data_dir" -cf "$out/keys.tar" keys
      key_note="keys.tar (NOT encrypted: keep this backup as secret as the key itself)"
      echo "backup: warning: the SM4 key is in the backup in clear; give --key-passphrase-file to encrypt it" >&2
    fi
  elif [ -n "${GONGKAI_SM4_KEY:-}" ]; then
    key_note="external: GONGKAI_SM4_KEY from the secret store (back it up there; not in this backup)"
  fi
  {
    echo "format: gongkai-backup 1"
    echo "created: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "database: $engine${PGDATABASE:+ ($PGDATABASE)}"
    echo "schema-version: $schema"
    echo "data-dir: $(cd "$data_dir" && pwd)"
    echo "files-dir: $(cd "$files_src" 2>/dev/null && pwd || echo "$files_src (absent)")"
    echo "key: $key_note"
    echo "index: not included (rebuilt from the database at start)"
  } > "$out/MANIFEST"
  (cd "$out" && sha256sum -- * > SHA256SUMS)
  echo "backup: written to $out ($key_note)"
  ;;

verify)
  [ -n "$from" ] || usage
  check_sums "$from"
  echo "backup: $from is intact"
  ;;

restore)
  [ -n "$from" ] || usage
  check_sums "$from"
  if [ -e "$data_dir" ] && [ -n "$(ls -A "$data_dir" 2>/dev/null)" ]; then
    die "data folder $data_dir is not empty: restore into a fresh folder"
  fi
  if [ -n "$files_dir" ] && [ -e "$files_dir" ] && [ -n "$(ls -A "$files_dir" 2>/dev/null)" ]; then
    die "files folder $files_dir is not empty: restore into a fresh folder"
  fi
  if [ -f "$from/keys.tar.enc" ] && [ -z "$passfile" ]; then
    die "the keys in $from are encrypted: give --key-passphrase-file"
  fi
  if [ -f "$from/db.pgdump" ]; then
    [ "$engine" = postgresql ] || die "$from holds a PostgreSQL dump: give --db-url jdbc:postgresql://host:port/db"
    tables=$(psql -X -Atc "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'") \
      || die "cannot reach database $PGDATABASE (create it first: CREATE DATABASE $PGDATABASE)"
    [ "$tables" = 0 ] || die "database $PGDATABASE already has $tables tables: restore into a fresh, empty database"
  elif [ ! -f "$from/db-h2.tar" ]; then
    die "$from holds no database (db.pgdump or db-h2.tar)"
  fi
  [ -e "$data_dir" ] || created_dir=$data_dir
  mkdir -p "$data_dir"; chmod 700 "$data_dir"
  # a failed restore leaves no half-filled data folder behind (pg_restore runs in one transaction)
  trap '[ -z "${created_dir:-}" ] || rm -rf -- "$created_dir"' EXIT
  # keys first: a wrong passphrase stops the restore before the database is written
  if [ -f "$from/keys.tar.enc" ]; then
    decrypt_keys "$from/keys.tar.enc" | tar -C "$data_dir" -xf - || die "cannot decrypt the keys (wrong passphrase?)"
  elif [ -f "$from/keys.tar" ]; then
    tar -C "$data_dir" -xf "$from/keys.tar"
  fi
  if [ -n "$files_dir" ]; then
    mkdir -p "$files_dir"; chmod 700 "$files_dir"
    tar -C "$files_dir" -xf "$from/files.tar" --strip-components=1
  else
    tar -C "$data_dir" -xf "$from/files.tar"
  fi
  if [ -f "$from/db.pgdump" ]; then
    pg_restore --no-owner --no-privileges --exit-on-error --single-transaction -d "$PGDATABASE" "$from/db.pgdump"
  else
    tar -C "$data_dir" -xf "$from/db-h2.tar"
  fi
  created_dir=
  echo "backup: restored $from into $data_dir${files_dir:+ (files into $files_dir)}${PGDATABASE:+ and database $PGDATABASE}; start the application${files_dir:+ with gongkai.files.dir=$files_dir}: it rebuilds the search index"
  ;;

*) usage ;;
esac
