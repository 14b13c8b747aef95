#!/usr/bin/env bash
# The one-server back-up, restored (docs/DEPLOYMENT.md, "One server: base
# backups and WAL archiving"): a cluster that archives its WAL sells seats,
# is backed up with pg_basebackup, sells more; a time T is noted; after T it
# sells again and cancels one of the sales made before T. The backup plus the
# archived WAL is then restored to T (recovery_target_time) in a new folder,
# and the restored database must be exactly as at T: the sales before T
# there and paid (the cancel after T undone), the sales after T absent and
# their seats free, every invariant of the sale engine holding.
#
#   tests/ha/restore-pitr.sh PATH/TO/boxoffice_db_prepare
#
# Run by ctest (label ha). As root the servers run as the `postgres` user.
# Every wait is bounded; the work folder is removed at the end (kept with
# KEEP=1, and always on failure, for the logs).
set -euo pipefail

prepare=${1:?usage: $0 PATH/TO/boxoffice_db_prepare}
[[ -x $prepare ]] || { echo "not executable: $prepare" >&2; exit 2; }
pgbin=""
for v in $(ls -1 /usr/lib/postgresql 2>/dev/null | sort -rn); do
  [[ -x /usr/lib/postgresql/$v/bin/pg_ctl ]] && { pgbin=/usr/lib/postgresql/$v/bin; break; }
done
[[ -n $pgbin ]] || { echo "no PostgreSQL server installed" >&2; exit 2; }

work=$(mktemp -d /tmp/bo-pitr-XXXXXX)
chmod 755 "$work"
src_port=5491
dst_port=5492
failures=0
as_server() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- env LC_ALL=C.UTF-8 "$@"
  else
    env LC_ALL=C.UTF-8 "$@"
  fi
}
[[ $(id -u) -eq 0 ]] && chown postgres: "$work"

cleanup() {
  local rc=$?
  for d in "$work/src" "$work/restored"; do
    [[ -f $d/postmaster.pid ]] && as_server "$pgbin/pg_ctl" -D "$d" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  done
  if [[ $rc -eq 0 && ${KEEP:-0} != 1 ]]; then
    rm -rf -- "$work"
  else
    echo "restore-pitr: work folder kept: $work" >&2
  fi
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
check() { # check WHAT EXPECTED ACTUAL
  if [[ $2 == "$3" ]]; then
    echo "PASS: $1 ($3)"
  else
    fail "$1: expected '$2', got '$3'"
  fi
}
sql() { # sql PORT QUERY: one value
  as_server "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 -h "$work" -p "$1" -U boxoffice -d boxoffice -At -c "$2"
}
wait_until() { # wait_until SECONDS WHAT COMMAND...
  local deadline=$((SECONDS + $1)) what=$2
  shift 2
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      echo "restore-pitr: gave up waiting for $what" >&2
      exit 1
    fi
    sleep 0.2
  done
}

echo "== a cluster that archives its WAL, in $work"
mkdir -p "$work/archive"
[[ $(id -u) -eq 0 ]] && chown postgres: "$work/archive"
as_server "$pgbin/initdb" -D "$work/src" -U boxoffice --auth=trust -E UTF8 --locale=C.UTF-8 --no-instructions \
  >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
cat >>"$work/src/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$work'
port = $src_port
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $work/archive/%f && cp %p $work/archive/%f'
max_wal_senders = 3
EOF
as_server "$pgbin/pg_ctl" -D "$work/src" -l "$work/src.log" -w -t 60 -s start
as_server "$pgbin/createdb" -h "$work" -p $src_port -U boxoffice boxoffice
BOXOFFICE_DB="host=$work port=$src_port dbname=boxoffice user=boxoffice" "$prepare" --demo >/dev/null

terminal=$(sql $src_port "SELECT boxoffice.register_terminal('PITR counter')")
# Backups, not the cash office: cash is sold here with no shift open.
sql $src_port "UPDATE boxoffice.cash_office_setting SET cash_needs_shift = false" >/dev/null
# A show whose sales window is open (a few days ahead), and its CLASS2 seats.
show=$(sql $src_port "SELECT id FROM boxoffice.show WHERE starts_at > now() + interval '2 days' ORDER BY starts_at LIMIT 1")
mapfile -t seats < <(sql $src_port "SELECT s.id FROM boxoffice.seat s JOIN boxoffice.zone z ON z.id = s.zone_id
  JOIN boxoffice.show sh ON sh.venue_id = s.venue_id WHERE sh.id = $show AND z.ticket_type = 'CLASS2'
  ORDER BY s.id LIMIT 60")
[[ ${#seats[@]} -eq 60 ]] || { echo "restore-pitr: no seats to sell" >&2; exit 1; }

# sell CUSTOMER FIRST N: N orders of two seats each, from seat index FIRST.
sell() {
  local customer=$1 first=$2 n=$3 i
  for ((i = 0; i < n; i++)); do
    local a=${seats[$((first + 2 * i))]} b=${seats[$((first + 2 * i + 1))]}
    local ok
    ok=$(sql $src_port "SELECT boxoffice.sell(jsonb_build_object('idempotency_key', gen_random_uuid(),
      'request_hash', 'pitr-$customer-$i', 'show_id', $show, 'seat_ids', jsonb_build_array($a, $b),
      'ticket_type', 'CLASS2', 'terminal_id', $terminal, 'customer_name', '$customer',
      'payment_method', 'cash', 'pending_minutes', 0)) ->> 'ok'")
    [[ $ok == true ]] || { echo "restore-pitr: sale $customer $i refused" >&2; exit 1; }
  done
}
count_orders() { # PORT CUSTOMER [STATUS]
  sql "$1" "SELECT count(*) FROM boxoffice.orders WHERE customer_name = '$2'${3:+ AND status = '$3'}"
}

echo "== sales, a base backup, more sales, then the time T"
sell before-backup 0 5
as_server "$pgbin/pg_basebackup" -h "$work" -p $src_port -U boxoffice -D "$work/base" -X stream -c fast \
  >"$work/basebackup.log" 2>&1 || { cat "$work/basebackup.log" >&2; exit 1; }
sell after-backup 10 5
target=$(sql $src_port "SELECT now()::text")
sleep 1.2 # every later commit is clearly after T

echo "== after T: more sales, and a sale before T cancelled"
sell after-target 20 5
cancelled=$(sql $src_port "SELECT min(id) FROM boxoffice.orders WHERE customer_name = 'after-backup'")
check "the cancel after T succeeds" true "$(sql $src_port "SELECT boxoffice.cancel_order(jsonb_build_object(
  'order_id', $cancelled, 'terminal_id', $terminal, 'reason', 'changed mind')) ->> 'ok'")"
check "the source has every sale" 15 "$(sql $src_port "SELECT count(*) FROM boxoffice.orders")"
wal=$(sql $src_port "SELECT pg_walfile_name(pg_switch_wal())")
wait_until 60 "the WAL archive to take $wal" test -f "$work/archive/$wal"
as_server "$pgbin/pg_ctl" -D "$work/src" -m fast -w -t 60 -s stop

echo "== restore the base backup and the archive to T = $target"
as_server cp -a "$work/base" "$work/restored"
cat >>"$work/restored/postgresql.conf" <<EOF
port = $dst_port
archive_mode = off
restore_command = 'cp $work/archive/%f %p'
recovery_target_time = '$target'
recovery_target_action = 'promote'
EOF
as_server touch "$work/restored/recovery.signal"
as_server "$pgbin/pg_ctl" -D "$work/restored" -l "$work/restored.log" -w -t 120 -s start \
  || { tail -20 "$work/restored.log" >&2; exit 1; }
deadline=$((SECONDS + 120))
until [[ $(sql $dst_port "SELECT pg_is_in_recovery()" 2>/dev/null || true) == f ]]; do
  ((SECONDS < deadline)) || { echo "restore-pitr: the restored server stayed in recovery" >&2; tail -20 "$work/restored.log" >&2; exit 1; }
  sleep 0.2
done

echo "== the restored database is as at T"
grep -q "recovery stopping before commit" "$work/restored.log" \
  && echo "PASS: recovery stopped at the target" || fail "recovery did not stop at the target time (log: $work/restored.log)"
check "sales before the backup" 5 "$(count_orders $dst_port before-backup paid)"
check "sales between the backup and T" 5 "$(count_orders $dst_port after-backup paid)"
check "the cancel after T is undone" paid "$(sql $dst_port "SELECT status FROM boxoffice.orders WHERE id = $cancelled")"
check "sales after T are gone" 0 "$(count_orders $dst_port after-target)"
check "orders in all" 10 "$(sql $dst_port "SELECT count(*) FROM boxoffice.orders")"
check "seats sold" 20 "$(sql $dst_port "SELECT count(*) FROM boxoffice.show_seat WHERE show_id = $show AND state = 'sold'")"
after_seats=$(IFS=,; echo "${seats[*]:20:10}")
check "the seats sold after T are free" 10 "$(sql $dst_port "SELECT count(*) FROM boxoffice.show_seat
  WHERE show_id = $show AND seat_id IN ($after_seats) AND state = 'available' AND order_id IS NULL")"
check "no seat in two active orders" 0 "$(sql $dst_port "SELECT count(*) FROM (SELECT 1 FROM boxoffice.order_seat
  WHERE active GROUP BY show_id, seat_id HAVING count(*) > 1) d")"
check "every sold seat in exactly one paid order" 0 "$(sql $dst_port "SELECT count(*) FROM boxoffice.show_seat ss
  WHERE ss.state = 'sold' AND 1 <> (SELECT count(*) FROM boxoffice.order_seat os JOIN boxoffice.orders o
  ON o.id = os.order_id WHERE os.show_id = ss.show_id AND os.seat_id = ss.seat_id AND os.active
  AND o.status = 'paid' AND o.id = ss.order_id)")"
check "payments match totals" 0 "$(sql $dst_port "SELECT count(*) FROM boxoffice.orders o
  WHERE CASE WHEN o.status = 'paid' THEN o.total ELSE 0 END <> (SELECT coalesce(sum(CASE kind WHEN 'payment'
  THEN amount ELSE -amount END), 0) FROM boxoffice.payment WHERE order_id = o.id)")"
check "the restored server takes new sales" true "$(sql $dst_port "SELECT boxoffice.sell(jsonb_build_object(
  'idempotency_key', gen_random_uuid(), 'request_hash', 'pitr-new', 'show_id', $show,
  'seat_ids', jsonb_build_array(${seats[20]}), 'ticket_type', 'CLASS2', 'terminal_id', $terminal,
  'customer_name', 'after-restore', 'payment_method', 'cash', 'pending_minutes', 0)) ->> 'ok'")"

if ((failures > 0)); then
  echo "restore-pitr: $failures check(s) failed" >&2
  exit 1
fi
echo "restore-pitr: all checks passed"
