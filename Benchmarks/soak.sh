#!/usr/bin/env bash
# Daemon soak (issue 7, "Measure"): `aggregator run` over the synthetic feeds of
# ../shared/bench/, served by a private nginx on 127.0.0.1, polling every few
# seconds while 5 % of the feeds get a new item after each cycle. Prints the
# daemon's memory per cycle, its growth, the CPU it uses while idle, and the
# time from start to READY=1 over a store of about 100k items. Run it from the
# project root:
#   Benchmarks/soak.sh [--cycles N] [--aggregator PATH] [--keep]
set -u -o pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
PROG=${0##*/}
BENCH=$(cd "$HERE/../../shared/bench" 2>/dev/null && pwd) || BENCH=

usage() {
    cat <<EOF
usage: $PROG [options]      (run it from the project root)

  --cycles N         cycles to watch (default 200); a cycle is a pass over every
                     feed, which the daemon may take in more than one of its own
  --feeds N          feeds to generate and serve (default 1000)
  --change PCT       % of the feeds that get a new item after each cycle (default 5)
  --interval S       [fetch] interval = min_interval = max_interval, in seconds (default 5)
  --aggregator PATH  the binary (default: .build/release/aggregator)
  --seed S           generator seed of the soak's feed set (default 42)
  --ready-sets K     feed sets stored for the READY measurement, seeds S..S+K-1
                     (default 3: about 105k items at 1,000 feeds); 0 skips it
  --restarts K       daemon starts over that store (default 3)
  --touch-only       change only the feeds' own dates, so no item is new: a control run
                     that tells memory the cycles keep from memory the new items need
  --seeds DIR|none   seeds folder (default: ./seeds if it exists, else ../shared/seeds)
  --json PREFIX      also write PREFIX-cycles.json and PREFIX-ready.json
  --keep             keep the temporary folder (daemon logs, state, nginx log)
  -h, --help         this text

Environment: BENCH_CACHE=DIR keeps generated feed sets in DIR between runs
(shared with ../shared/bench/peers.sh).
Exit status: 0 when every cycle completed, RSS grew less than 10 % from cycle 20
to the last, and the daemon stopped with status 0; 1 otherwise; 2 for bad usage or setup.
EOF
}

die() { echo "$PROG: $*" >&2; exit 2; }
say() { echo "$*" >&2; }
need_value() { [ $# -ge 2 ] || die "$1 needs a value (see --help)"; }

CYCLES=200 FEEDS=1000 CHANGE=5 INTERVAL=5 AGG= SEED=42 READY_SETS=3 RESTARTS=3 SEEDS_OPT= JSON= KEEP= TOUCH_ONLY=
while [ $# -gt 0 ]; do
    case $1 in
        --cycles) need_value "$@"; CYCLES=$2; shift 2 ;;
        --feeds) need_value "$@"; FEEDS=$2; shift 2 ;;
        --change) need_value "$@"; CHANGE=$2; shift 2 ;;
        --interval) need_value "$@"; INTERVAL=$2; shift 2 ;;
        --aggregator) need_value "$@"; AGG=$2; shift 2 ;;
        --seed) need_value "$@"; SEED=$2; shift 2 ;;
        --ready-sets) need_value "$@"; READY_SETS=$2; shift 2 ;;
        --restarts) need_value "$@"; RESTARTS=$2; shift 2 ;;
        --seeds) need_value "$@"; SEEDS_OPT=$2; shift 2 ;;
        --json) need_value "$@"; JSON=$2; shift 2 ;;
        --keep) KEEP=1; shift ;;
        --touch-only) TOUCH_ONLY=1; shift ;;
        -h | --help) usage; exit 0 ;;
        --*=*) set -- "${1%%=*}" "${1#*=}" "${@:2}" ;;
        *) die "unknown argument '$1' (see --help)" ;;
    esac
done
for v in CYCLES FEEDS CHANGE INTERVAL SEED READY_SETS RESTARTS; do
    [[ ${!v} =~ ^[0-9]+$ ]] || die "--${v,,} must be a whole number, not '${!v}'"
done
[ "$CYCLES" -ge 1 ] && [ "$FEEDS" -ge 1 ] && [ "$INTERVAL" -ge 1 ] && [ "$RESTARTS" -ge 1 ] ||
    die "--cycles, --feeds, --interval and --restarts must be at least 1"
[ "$CHANGE" -le 100 ] || die "--change is a percentage, at most 100"
[ -n "$BENCH" ] && [ -f "$BENCH/gen_feeds.py" ] && [ -f "$BENCH/peers_lib.py" ] ||
    die "needs ../shared/bench/ (gen_feeds.py, peers_lib.py, nginx/nginx.conf.in) next to the project"
if [ -z "$AGG" ]; then
    [ -x .build/release/aggregator ] || die "no .build/release/aggregator here: build it (swift build -c release) or pass --aggregator PATH"
    AGG=.build/release/aggregator
fi
[ -x "$AGG" ] || die "--aggregator: '$AGG' is not an executable file"
AGG=$(cd "$(dirname "$AGG")" && pwd)/$(basename "$AGG")
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX_BIN" ] || die "nginx is not installed (apt-get install -y nginx)"
command -v python3 >/dev/null || die "python3 is not installed"
command -v curl >/dev/null || die "curl is not installed"
export PYTHONDONTWRITEBYTECODE=1

# ---------------------------------------------------------------- clean-up, however it ends
NGINX_PID= WORK= GEN_TMP= WATCHDOG= SCRIPT_PID=$$
alive() {  # a running process, not a zombie
    local line
    read -r line 2>/dev/null <"/proc/$1/stat" || return 1
    line=${line##*) }
    [[ $line != Z* ]]
}
stop_pid() {  # PID SIGNAL: signal it, wait up to 5 s, then SIGKILL
    local pid=$1 i
    alive "$pid" || return 0
    kill "-$2" "$pid" 2>/dev/null
    for i in $(seq 50); do alive "$pid" || return 0; sleep 0.1; done
    say "process $pid did not stop on SIG$2; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null
}
stop_daemons() {  # soak.py stops its daemon itself; this covers soak.py being killed
    local f
    for f in "$WORK"/*.pid; do
        [ -f "$f" ] && stop_pid "$(cat "$f")" TERM
    done
    return 0
}
cleanup() {
    if [ -n "$WATCHDOG" ]; then kill "$WATCHDOG" 2>/dev/null; wait "$WATCHDOG" 2>/dev/null; WATCHDOG=; fi
    [ -z "$WORK" ] || stop_daemons
    if [ -n "$NGINX_PID" ]; then stop_pid "$NGINX_PID" QUIT; wait "$NGINX_PID" 2>/dev/null; NGINX_PID=; fi
    [ -z "$GEN_TMP" ] || rm -rf "$GEN_TMP"
    if [ -n "$WORK" ] && [ -d "$WORK" ]; then
        if [ -n "$KEEP" ]; then say "kept: $WORK"; else rm -rf "$WORK"; fi
    fi
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT
trap 'say "terminated"; exit 143' TERM
trap 'exit 129' HUP

WORK=$(mktemp -d "${TMPDIR:-/tmp}/soak.XXXXXX") || die "cannot create a temporary folder"

# ---------------------------------------------------------------- feed sets (cached as peers.sh caches them)
GEN_HASH=$(sha256sum "$BENCH/gen_feeds.py" | cut -c1-12)
CACHE_ROOT=${BENCH_CACHE:-$WORK/cache}
mkdir -p "$CACHE_ROOT" || die "cannot create BENCH_CACHE folder '$CACHE_ROOT'"
CACHE_ROOT=$(cd "$CACHE_ROOT" && pwd)
feed_set() {  # SEED: sets FEED_SET to the folder of the set, generating it if needed
    FEED_SET=$CACHE_ROOT/feeds-n$FEEDS-seed$1-$GEN_HASH
    [ -f "$FEED_SET/.complete" ] && return
    say "feed set: generating $FEEDS feeds (seed $1) in $FEED_SET"
    GEN_TMP=$(mktemp -d "$CACHE_ROOT/.gen.XXXXXX") || die "cannot write to '$CACHE_ROOT'"
    python3 "$BENCH/gen_feeds.py" "$GEN_TMP" --count "$FEEDS" --seed "$1" >&2 || die "gen_feeds.py failed"
    touch "$GEN_TMP/.complete"
    mv -T "$GEN_TMP" "$FEED_SET" 2>/dev/null || rm -rf "$GEN_TMP"  # lost a race: another run made it
    GEN_TMP=
    [ -f "$FEED_SET/.complete" ] || die "feed set '$FEED_SET' is incomplete"
}
feed_set "$SEED"
SOAK_SET=$FEED_SET
READY_SET_LIST=()
for i in $(seq 0 $((READY_SETS - 1))); do
    feed_set $((SEED + i))
    READY_SET_LIST+=("$FEED_SET")
done

if [ "$SEEDS_OPT" = none ]; then
    SEEDS_DIR=$WORK/seeds-empty
    mkdir -p "$SEEDS_DIR"
elif [ -n "$SEEDS_OPT" ]; then
    SEEDS_DIR=$(cd "$SEEDS_OPT" && pwd) || die "--seeds: '$SEEDS_OPT' is not a folder"
elif [ -d seeds ]; then
    SEEDS_DIR=$PWD/seeds
else
    SEEDS_DIR=$(cd "$BENCH/../seeds" && pwd) || die "no ./seeds and no ../shared/seeds: pass --seeds DIR or --seeds none"
fi

unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY ftp_proxy FTP_PROXY
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost
export LC_ALL=C.UTF-8

# ---------------------------------------------------------------- nginx, over a copy the soak may change
# The served folder holds a copy of the set, so the changes never reach the cache.
SERVE=$WORK/serve
mkdir -p "$SERVE/feeds"
cp "$SOAK_SET/manifest.json" "$SERVE/"
cp "$SOAK_SET"/feeds/feed-*.xml "$SERVE/feeds/"
NGX=$WORK/nginx LOG=$WORK/nginx/access.log
start_nginx() {
    local try port i
    for try in 1 2 3 4 5; do
        port=$(python3 "$BENCH/peers_lib.py" freeport) || return 1
        # writes nginx/nginx.conf from the shared template (and the OPML of the set's URLs)
        python3 "$BENCH/peers_lib.py" inputs "$SERVE" "$WORK" "$port" "$SEEDS_DIR" "$BENCH/nginx/nginx.conf.in" || return 1
        : >"$LOG"
        "$NGINX_BIN" -p "$NGX/" -c "$NGX/nginx.conf" -e "$NGX/error.log" -g 'daemon off;' \
            </dev/null >>"$NGX/stdout.log" 2>&1 &
        NGINX_PID=$!
        for i in $(seq 50); do
            alive "$NGINX_PID" || break
            # ours only if our access log has the request: another program may hold the port
            if curl -sf --max-time 2 -o /dev/null "http://127.0.0.1:$port/feeds/feed-0000.xml" && [ -s "$LOG" ]; then
                PORT=$port
                return 0
            fi
            sleep 0.1
        done
        stop_pid "$NGINX_PID" QUIT
        wait "$NGINX_PID" 2>/dev/null
        NGINX_PID=
    done
    return 1
}
PORT=
start_nginx || { tail -n 5 "$NGX/error.log" >&2 2>/dev/null; die "nginx did not start on 127.0.0.1"; }
# Killed outright (SIGKILL, no trap runs), the script leaves nginx and a
# daemon behind: this watchdog stops them by PID within a second.
(
    trap - EXIT INT TERM HUP
    while alive "$SCRIPT_PID"; do sleep 1; done
    for f in "$WORK"/*.pid; do [ -f "$f" ] && kill -TERM "$(cat "$f")" 2>/dev/null; done
    kill -QUIT "$NGINX_PID" 2>/dev/null
    [ -n "$KEEP" ] || { sleep 5; rm -rf "$WORK"; }
) </dev/null >/dev/null 2>&1 &
WATCHDOG=$!
say "nginx: http://127.0.0.1:$PORT/feeds/ (master pid $NGINX_PID), $FEEDS feeds from $SOAK_SET"

config() {  # NAME: writes $WORK/NAME.toml with its own state and output folders
    mkdir -p "$WORK/$1/state" "$WORK/$1/public"
    python3 "$HERE/soak/soak.py" config "$WORK/$1.toml" --feeds "$WORK/feeds.opml" --seeds "$SEEDS_DIR" \
        --state "$WORK/$1/state" --output "$WORK/$1/public" --interval "$INTERVAL" \
        --serve-port "$(python3 "$BENCH/peers_lib.py" freeport)" || die "cannot write $WORK/$1.toml"
}
FRACTION=$(awk -v p="$CHANGE" 'BEGIN {print p / 100}')
HEAD=$(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet HEAD 2>/dev/null || echo "+changes")
say "aggregator: $AGG ($HEAD); $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# aggregator daemon soak, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo
echo "$AGG at ${HEAD:-?}; $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)); load at start $(cut -d' ' -f1-3 /proc/loadavg)"
settings=$(env | grep -E '^(AGGREGATOR|MALLOC)_' | sort | tr '\n' ' ')
[ -z "$settings" ] || echo "environment: $settings"
echo "command: $PROG --cycles $CYCLES --feeds $FEEDS --change $CHANGE --interval $INTERVAL --seed $SEED --ready-sets $READY_SETS --restarts $RESTARTS${TOUCH_ONLY:+ --touch-only}"
echo

STATUS=0
if [ "$READY_SETS" -gt 0 ]; then
    say "READY over a large store: storing ${#READY_SET_LIST[@]} feed sets, then $RESTARTS restarts"
    config ready
    python3 "$HERE/soak/soak.py" ready --binary "$AGG" --config "$WORK/ready.toml" --state "$WORK/ready/state" \
        --serve "$SERVE/feeds" --work "$WORK" --sets "${READY_SET_LIST[@]}" --restarts "$RESTARTS" \
        --change "$FRACTION" ${JSON:+--json "$JSON-ready.json"} || STATUS=1
    echo
    # back to the soak's own set, as served at the start
    cp "$SOAK_SET"/feeds/feed-*.xml "$SERVE/feeds/"
fi

say "soak: $CYCLES cycles, $CHANGE % of the feeds changed after each, interval $INTERVAL s"
config soak
python3 "$HERE/soak/soak.py" cycles --binary "$AGG" --config "$WORK/soak.toml" --serve "$SERVE/feeds" \
    --work "$WORK" --cycles "$CYCLES" --interval "$INTERVAL" --change "$FRACTION" ${TOUCH_ONLY:+--touch-only} \
    ${JSON:+--json "$JSON-cycles.json"} || STATUS=1
requests=$(awk '{c[$1]++} END {for (k in c) printf " %s x%d", k, c[k]}' "$LOG")
echo
echo "nginx served, over both parts:$requests"
exit $STATUS
