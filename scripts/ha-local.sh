#!/usr/bin/env bash
# A pg_auto_failover formation on this one machine, for trying and testing
# failover (docs/DEPLOYMENT.md describes the production one):
#   a monitor and three Postgres nodes (a primary and two synchronous
#   standbys; number_sync_standbys = 1, so a commit a counter is told about
#   is on the primary and at least one standby, also while one standby is
#   lost or rejoining after a failover) on loopback ports, in DIR.
#
#   scripts/ha-local.sh up [DIR]            create (first time) or start the formation,
#                                           then create and migrate the box office database
#   scripts/ha-local.sh status [DIR]        which node is primary; the BOXOFFICE_DB string
#   scripts/ha-local.sh failover [DIR]      pg_autoctl perform failover (planned switch)
#   scripts/ha-local.sh kill-primary [DIR]  SIGKILL the primary's postmaster (its keeper restarts it)
#   scripts/ha-local.sh kill-node [DIR]     SIGKILL the primary's whole node, keeper included
#                                           (the monitor fails over; `up` brings it back)
#   scripts/ha-local.sh wait [DIR]          until the formation is whole: a primary taking writes
#                                           and two secondaries (before losing the next primary:
#                                           with one node still rejoining, a second loss leaves
#                                           too few nodes for number_sync_standbys = 1 to fail over)
#   scripts/ha-local.sh timeouts [DIR] UNHEALTHY_MS DEMOTE_MS
#                                           set the monitor's failover timeouts now (as
#                                           BOXOFFICE_HA_UNHEALTHY_MS/_DEMOTE_MS do at `up`)
#   scripts/ha-local.sh unstick [DIR]       get out of pg_auto_failover 2.0's self-fast_forward
#                                           deadlock (bug #1060, docs/DEPLOYMENT.md) if the formation
#                                           is in it: drop the stuck node, let the monitor promote a
#                                           standby, re-create the node as a new standby; else nothing
#   scripts/ha-local.sh renew DIR NODE      drop NODE (not the primary) and make it again as a new standby
#   scripts/ha-local.sh down [DIR]          stop every node (the data stays; `up` again restarts)
#   scripts/ha-local.sh destroy [DIR]       stop and remove DIR
#   scripts/ha-local.sh conninfo [DIR]      only the BOXOFFICE_DB string (for scripts)
#
# DIR defaults to $BOXOFFICE_HA_DIR or /tmp/boxoffice-ha. Ports: $BOXOFFICE_HA_PORT
# (default 6500) for the monitor, the next three for the nodes. As root the
# servers run as the unprivileged `postgres` user (PostgreSQL refuses root).
# Every wait is bounded ($BOXOFFICE_HA_TIMEOUT seconds, default 120) and ends
# with the state seen and the log to read. BOXOFFICE_HA_UNHEALTHY_MS and
# BOXOFFICE_HA_DEMOTE_MS (at `up`) shorten the monitor's timeouts before a
# failover after a node loss (defaults 20000 and 30000), for tests.
#
# `up` also makes the box office's service account (role `boxoffice`, the
# owner of the schema) and its database `boxoffice`, and migrates it with
# build/tests/boxoffice_db_prepare (--demo seeds the demo stadium), so that
#   BOXOFFICE_DB="$(scripts/ha-local.sh conninfo)" scripts/run-app.sh
# runs the counter on the formation.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
command=${1:-}
dir=${2:-${BOXOFFICE_HA_DIR:-/tmp/boxoffice-ha}}
demo=0
[[ ${3:-} == --demo || ${2:-} == --demo ]] && { demo=1; [[ ${2:-} == --demo ]] && dir=${BOXOFFICE_HA_DIR:-/tmp/boxoffice-ha}; }
base_port=${BOXOFFICE_HA_PORT:-6500}
timeout=${BOXOFFICE_HA_TIMEOUT:-120}
nodes=(node1 node2 node3)
dbname=boxoffice
owner=boxoffice

die() {
  echo "ha-local: $*" >&2
  exit 1
}
say() { echo "ha-local: $*"; }

pgbin=""
for v in $(ls -1 /usr/lib/postgresql 2>/dev/null | sort -rn); do
  [[ -x /usr/lib/postgresql/$v/bin/pg_ctl ]] && { pgbin=/usr/lib/postgresql/$v/bin; break; }
done
[[ -n $pgbin ]] || die "no PostgreSQL server found under /usr/lib/postgresql (scripts/install-deps.sh)"
command -v pg_autoctl >/dev/null || die "pg_autoctl not found: install pg-auto-failover-cli and postgresql-15-auto-failover (scripts/install-deps.sh)"

# Everything of the formation, pg_autoctl's own configuration and state
# included, stays under DIR (not in the server user's home).
as_server() {
  local envs=(env "XDG_CONFIG_HOME=$dir/xdg/config" "XDG_DATA_HOME=$dir/xdg/data" "XDG_RUNTIME_DIR=$dir/xdg/run"
    "PATH=$pgbin:/usr/bin:/bin" "PG_CONFIG=$pgbin/pg_config" "LC_ALL=C.UTF-8" "PGCONNECT_TIMEOUT=5")
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "${envs[@]}" "$@"
  else
    "${envs[@]}" "$@"
  fi
}

port_of() {
  case $1 in
    monitor) echo "$base_port" ;;
    node1) echo $((base_port + 1)) ;;
    node2) echo $((base_port + 2)) ;;
    node3) echo $((base_port + 3)) ;;
  esac
}

monitor_uri() {
  echo "postgres://autoctl_node@127.0.0.1:$base_port/pg_auto_failover?sslmode=disable"
}

conninfo() {
  local hosts=() ports=()
  for n in "${nodes[@]}"; do
    hosts+=(127.0.0.1)
    ports+=("$(port_of "$n")")
  done
  local IFS=,
  echo "host=${hosts[*]} port=${ports[*]} dbname=$dbname user=$owner target_session_attrs=read-write connect_timeout=2"
}

# Starts `pg_autoctl run` for one node (monitor or data node) in the
# background, unless it runs already; its output goes to DIR/NAME.log.
start_keeper() {
  local name=$1
  local pidfile=$dir/$name.keeper.pid
  if [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    return 0
  fi
  as_server setsid nohup pg_autoctl run --pgdata "$dir/$name" >>"$dir/$name.log" 2>&1 </dev/null &
  echo $! >"$pidfile"
}

# Waits (bounded) until cmd succeeds.
wait_for() {
  local what=$1
  shift
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      echo "ha-local: gave up after ${timeout}s waiting for $what" >&2
      show_state >&2 || true
      echo "ha-local: logs in $dir/*.log" >&2
      exit 1
    fi
    sleep 0.5
  done
}

psql_node() {
  local port=$1
  shift
  as_server "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" "$@"
}

# psql on whichever node takes writes (the formation's own superuser).
psql_writable() {
  local ports=()
  for n in "${nodes[@]}"; do ports+=("$(port_of "$n")"); done
  local IFS=,
  as_server "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 \
    -d "host=127.0.0.1,127.0.0.1,127.0.0.1 port=${ports[*]} dbname=postgres target_session_attrs=read-write connect_timeout=2" "$@"
}

writable() {
  [[ $(psql_writable -At -c "SELECT NOT pg_is_in_recovery()") == t ]]
}

monitor_sql() {
  psql_node "$base_port" -U autoctl_node -d pg_auto_failover -At -c "$1"
}

show_state() {
  as_server pg_autoctl show state --pgdata "$dir/monitor" 2>&1
}

# The formation, as "name port state" lines, from the monitor.
node_states() {
  psql_node "$base_port" -U autoctl_node -d pg_auto_failover -At -F ' ' \
    -c "SELECT nodename, nodeport, reportedstate, goalstate FROM pgautofailover.node ORDER BY nodeid"
}

all_settled() {
  # primary + two secondaries, each reported state equal to its goal
  local states
  states=$(node_states) || return 1
  [[ $(grep -c ' primary primary$' <<<"$states") -eq 1 ]] || return 1
  [[ $(grep -c ' secondary secondary$' <<<"$states") -eq 2 ]] || return 1
}

node_settled() {
  node_states | awk -v n="$1" '$1 == n && $3 == $4 && ($3 == "single" || $3 == "primary" || $3 == "secondary") { ok = 1 }
    END { exit !ok }'
}

primary_moved_from() {
  local p
  p=$(primary_port)
  [[ -n $p && $p != "$1" ]]
}

# The node reporting itself primary and meant to be: a lost node's last
# report stays "primary" while the monitor demotes it.
primary_port() {
  node_states | awk '($3 == "primary" || $3 == "wait_primary" || $3 == "single") &&
    ($4 == "primary" || $4 == "wait_primary" || $4 == "single") { print $2; exit }'
}

# The monitor's timeouts before a failover after a node loss (milliseconds).
set_timeouts() {
  [[ $1 =~ ^[0-9]+$ && $2 =~ ^[0-9]+$ ]] || die "timeouts: two numbers of milliseconds expected, got '$1' '$2'"
  psql_node "$base_port" -d pg_auto_failover \
    -c "ALTER SYSTEM SET pgautofailover.node_considered_unhealthy_timeout = $1" \
    -c "ALTER SYSTEM SET pgautofailover.primary_demote_timeout = $2" \
    -c "SELECT pg_reload_conf()" >/dev/null || die "cannot set the monitor's timeouts"
}

create_node() {
  local name=$1
  local port
  port=$(port_of "$name")
  as_server pg_autoctl create postgres --pgdata "$dir/$name" --pgport "$port" --pgctl "$pgbin/pg_ctl" \
    --hostname 127.0.0.1 --listen 127.0.0.1 --name "$name" --monitor "$(monitor_uri)" --auth trust --no-ssl \
    --dbname "$dbname" --candidate-priority 50 --replication-quorum true >>"$dir/$name.log" 2>&1 \
    || die "creating $name failed; see $dir/$name.log"
}

up() {
  mkdir -p "$dir/xdg/config" "$dir/xdg/data" "$dir/xdg/run"
  chmod 700 "$dir/xdg/run"
  [[ $(id -u) -eq 0 ]] && chown -R postgres: "$dir"
  if [[ ! -f $dir/monitor/PG_VERSION ]]; then
    say "creating the monitor on port $base_port in $dir"
    as_server pg_autoctl create monitor --pgdata "$dir/monitor" --pgport "$base_port" --pgctl "$pgbin/pg_ctl" \
      --hostname 127.0.0.1 --auth trust --no-ssl >>"$dir/monitor.log" 2>&1 \
      || die "creating the monitor failed; see $dir/monitor.log"
  fi
  # Loopback only (pg_autoctl's default is every interface).
  as_server pg_autoctl config set --pgdata "$dir/monitor" postgresql.listen_addresses 127.0.0.1 >/dev/null
  start_keeper monitor
  wait_for "the monitor to accept connections" node_states
  # Faster failover after a node loss, for tests (production: the monitor's
  # defaults, 20 s and 30 s; docs/DEPLOYMENT.md).
  if [[ -n ${BOXOFFICE_HA_UNHEALTHY_MS:-} || -n ${BOXOFFICE_HA_DEMOTE_MS:-} ]]; then
    set_timeouts "${BOXOFFICE_HA_UNHEALTHY_MS:-20000}" "${BOXOFFICE_HA_DEMOTE_MS:-30000}"
  fi
  for n in "${nodes[@]}"; do
    if [[ ! -f $dir/$n/PG_VERSION ]]; then
      say "creating $n on port $(port_of "$n")"
      create_node "$n"
    fi
    start_keeper "$n"
    # One node at a time: the first becomes the primary, the others clone it.
    wait_for "$n to join the formation" node_settled "$n"
  done
  # Three data nodes: the primary may count on one standby while the other
  # is lost (pg_auto_failover refuses number_sync_standbys = 1 with fewer).
  # (pg_autoctl 2.0's `set formation number-sync-standbys 1` sets it, then
  # fails parsing its own answer: the monitor's function is called directly.)
  wait_for "a primary and two secondaries" all_settled
  if [[ $(monitor_sql "SELECT number_sync_standbys FROM pgautofailover.formation WHERE formationid = 'default'") != 1 ]]; then
    monitor_sql "SELECT pgautofailover.set_formation_number_sync_standbys('default', 1)" >/dev/null \
      || die "setting number_sync_standbys failed"
  fi
  wait_for "a primary and two secondaries" all_settled
  # The monitor may not know yet that a node's server restarts (a killed
  # postmaster): wait until one really takes writes.
  wait_for "the primary to accept writes" writable
  local primary
  primary=$(primary_port)
  [[ -n $primary ]] || die "no primary"
  # The service account and its database (replicated to the standbys).
  psql_writable -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$owner') THEN
        CREATE ROLE $owner LOGIN SUPERUSER;
      END IF; END \$\$" || die "cannot create the role $owner"
  psql_writable -c "ALTER DATABASE $dbname OWNER TO $owner" || die "cannot hand the database $dbname to $owner"
  secure_access
  migrate
  say "up; primary on port $primary"
  status
}

# pg_autoctl --auth trust trusts every role on loopback. Keep that for the
# formation's own roles and the service account (as the embedded cluster
# trusts its owner on its private socket), and make every other role (the
# staff logins) give its password, as in production.
secure_access() {
  for n in "${nodes[@]}"; do
    as_server sed -i -E \
      's/^(local|host)([[:space:]]+)all([[:space:]]+)all([[:space:]].*)trust$/\1\2all\3postgres,boxoffice,pgautofailover_monitor,pgautofailover_replicator\4trust\n\1\2all\3all\4scram-sha-256/' \
      "$dir/$n/pg_hba.conf"
    as_server "$pgbin/pg_ctl" -D "$dir/$n" -s reload >/dev/null 2>&1 || true
  done
}

migrate() {
  local tool=${BOXOFFICE_DB_PREPARE:-${BOXOFFICE_BUILD_DIR:-$root/build}/tests/boxoffice_db_prepare}
  if [[ ! -x $tool ]]; then
    say "no $tool (build first: scripts/build.sh); the database $dbname is empty, the app migrates it at its first start"
    return 0
  fi
  local args=()
  ((demo)) && args+=(--demo)
  BOXOFFICE_DB="$(conninfo)" "$tool" "${args[@]}" || die "migrating the box office database failed"
}

status() {
  [[ -f $dir/monitor/PG_VERSION ]] || die "no formation in $dir (run: $0 up $dir)"
  show_state
  local primary
  primary=$(primary_port || true)
  if [[ -n $primary ]]; then
    echo "primary: 127.0.0.1:$primary"
  else
    echo "primary: none"
  fi
  echo "number_sync_standbys: $(monitor_sql "SELECT number_sync_standbys FROM pgautofailover.formation
    WHERE formationid = 'default'" 2>/dev/null || echo '?')"
  echo "BOXOFFICE_DB=\"$(conninfo)\""
}

failover() {
  local before
  before=$(primary_port)
  say "failover from the primary on port $before"
  as_server timeout $((timeout + 10)) pg_autoctl perform failover --pgdata "$dir/monitor" --wait "$timeout" \
    || die "pg_autoctl perform failover failed"
  wait_for "a new primary" primary_moved_from "$before"
  say "primary now on port $(primary_port)"
}

kill_primary() {
  local port
  port=$(primary_port)
  [[ -n $port ]] || die "no primary to kill"
  local node=""
  for n in "${nodes[@]}"; do
    [[ $(port_of "$n") == "$port" ]] && node=$n
  done
  local pid
  pid=$(head -1 "$dir/$node/postmaster.pid")
  say "SIGKILL to the postmaster of $node (pid $pid, port $port)"
  kill -KILL "$pid"
}

# The primary's whole node lost at once (a machine that died): its keeper
# (pg_autoctl), the postmaster and every backend, SIGKILL to their process
# group. Nobody restarts it; the monitor fails over once the node has been
# unhealthy for its timeouts. `up` brings the node back (as a standby).
kill_node() {
  local port
  port=$(primary_port)
  [[ -n $port ]] || die "no primary to kill"
  local node=""
  for n in "${nodes[@]}"; do
    [[ $(port_of "$n") == "$port" ]] && node=$n
  done
  local keeper
  keeper=$(head -1 "$dir/xdg/run/pg_autoctl$dir/$node/pg_autoctl.pid")
  say "SIGKILL to $node (keeper $keeper, its postmaster and backends; port $port)"
  kill -KILL -- "-$keeper"
  rm -f "$dir/$node.keeper.pid"
}

# pg_auto_failover 2.0's deadlock (hapostgres/pg_auto_failover#1060, fixed
# upstream by #1143, not in Debian 12's 2.0): the failover's candidate is
# told to fast-forward from the node with the most WAL among those reporting
# their LSN, and that node is the candidate itself (a restarted old primary,
# its end-of-recovery checkpoint ahead of the standbys), so it waits for WAL
# from itself forever and no node takes writes. Prints the stuck node's name.
stuck_node() {
  monitor_sql "SELECT n.nodename FROM pgautofailover.node n
      CROSS JOIN LATERAL pgautofailover.get_most_advanced_standby(n.formationid, n.groupid) m
     WHERE n.goalstate = 'fast_forward' AND m.node_id = n.nodeid"
}

has_primary() {
  [[ -n $(primary_port) ]] && writable
}

# The way out a DBA takes (docs/DEPLOYMENT.md): drop the stuck node from the
# monitor, which then promotes the standby furthest ahead (every commit a
# counter was told about is on a synchronous standby; what only the dropped
# node had was never acknowledged), and make the node again as a new standby.
unstick() {
  local stuck
  stuck=$(stuck_node) || die "cannot read the formation's state from the monitor"
  if [[ -z $stuck ]]; then
    say "no node stuck"
    return 0
  fi
  # A candidate is briefly assigned fast_forward in a normal failover too:
  # stuck only if still so a few seconds later.
  sleep 5
  [[ $(stuck_node) == "$stuck" ]] || { say "no node stuck"; return 0; }
  say "$stuck is told to fetch WAL from itself (pg_auto_failover 2.0 bug #1060): dropping it"
  show_state
  renew "$stuck"
}

# Drops NODE from the monitor (by force: it may not answer) and makes it again
# from scratch as a new standby (a base backup of the primary), as for a
# broken node. Waits for a primary first: the monitor promotes a standby if
# NODE was in the way.
renew() {
  local stuck=$1
  [[ " ${nodes[*]} " == *" $stuck "* ]] || die "renew: no node '$stuck' (node1, node2 or node3)"
  # Dropping the primary is no failover: the monitor leaves the standbys
  # without one (tried). Fail over first (`failover`), then renew.
  [[ $(monitor_sql "SELECT goalstate FROM pgautofailover.node WHERE nodename = '$stuck'") != primary ]] \
    || die "renew: $stuck is the primary; fail over first ($0 failover $dir)"
  as_server pg_autoctl drop node --pgdata "$dir/monitor" --name "$stuck" --force >>"$dir/$stuck.log" 2>&1 \
    || die "dropping $stuck failed; see $dir/$stuck.log"
  wait_for "a primary" has_primary
  say "primary on port $(primary_port); re-creating $stuck as a new standby"
  # Its keeper stops once dropped; its server too, now or by force.
  local pidfile=$dir/$stuck.keeper.pid
  if [[ -f $pidfile ]]; then
    local pid deadline=$((SECONDS + 30))
    pid=$(cat "$pidfile")
    as_server pg_autoctl stop --pgdata "$dir/$stuck" >/dev/null 2>&1 || true
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
  fi
  [[ -f $dir/$stuck/postmaster.pid ]] && as_server "$pgbin/pg_ctl" -D "$dir/$stuck" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  rm -rf -- "${dir:?}/$stuck" "$dir/xdg/config/pg_autoctl$dir/$stuck" "$dir/xdg/data/pg_autoctl$dir/$stuck" \
    "$dir/xdg/run/pg_autoctl$dir/$stuck"
  create_node "$stuck"
  start_keeper "$stuck"
  wait_for "$stuck to join the formation" node_settled "$stuck"
  wait_for "a primary and two secondaries" all_settled
  secure_access
  say "$stuck renewed; primary on port $(primary_port)"
}

down() {
  for n in "${nodes[@]}" monitor; do
    [[ -d $dir/$n ]] || continue
    as_server pg_autoctl stop --pgdata "$dir/$n" >/dev/null 2>&1 || true
  done
  for n in "${nodes[@]}" monitor; do
    local pidfile=$dir/$n.keeper.pid
    if [[ -f $pidfile ]]; then
      local pid
      pid=$(cat "$pidfile")
      local deadline=$((SECONDS + 30))
      while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" 2>/dev/null || true
      rm -f "$pidfile"
    fi
    # A postmaster left behind (its keeper was killed): stop it too.
    [[ -f $dir/$n/postmaster.pid ]] && as_server "$pgbin/pg_ctl" -D "$dir/$n" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  done
  say "down"
}

case $command in
  up) up ;;
  status) status ;;
  conninfo) conninfo ;;
  failover) failover ;;
  kill-primary) kill_primary ;;
  kill-node) kill_node ;;
  wait)
    [[ -f $dir/monitor/PG_VERSION ]] || die "no formation in $dir"
    wait_for "a primary and two secondaries" all_settled
    wait_for "the primary to accept writes" writable
    say "settled; primary on port $(primary_port)"
    ;;
  timeouts)
    [[ -f $dir/monitor/PG_VERSION ]] || die "no formation in $dir"
    set_timeouts "${3:-}" "${4:-}"
    say "monitor: unhealthy after ${3}ms, demote after ${4}ms"
    ;;
  unstick)
    [[ -f $dir/monitor/PG_VERSION ]] || die "no formation in $dir"
    unstick
    ;;
  renew)
    [[ -f $dir/monitor/PG_VERSION ]] || die "no formation in $dir"
    renew "${3:-}"
    ;;
  down) down ;;
  destroy)
    down
    [[ $dir == / ]] && die "refusing to remove /"
    rm -rf -- "$dir"
    say "removed $dir"
    ;;
  *)
    awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"
    exit 2
    ;;
esac
