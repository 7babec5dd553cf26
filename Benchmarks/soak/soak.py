#!/usr/bin/env python3
"""The daemon soak's measurements, driven by ../soak.sh (standard library only).

  soak.py config OUT --feeds OPML --seeds DIR --state DIR --output DIR --interval S [--serve-port P]
      write a configuration polling every S seconds (interval = min_interval = max_interval)
  soak.py ready --binary B --config C --serve DIR --sets SET... [--restarts K] [--change F] --work W
      store the sets one after another (a cold `fetch --force` each, served at the same URLs), then
      restart the daemon K times over that store: start -> READY=1, the first cycle that stores
      something (it rebuilds the story index), memory, and the time SIGTERM takes
  soak.py cycles --binary B --config C --serve DIR --cycles N [--change F] --work W
      run the daemon for N cycles (passes over every feed), changing a fraction F of the feeds
      after each; sample memory and CPU from /proc after each daemon cycle and while it idles
Both measuring commands print a table on stdout and can write everything as JSON (--json FILE).
"""
import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time

from daemon_process import DaemonError, DaemonProcess, log_fields
from feed_changes import FeedChanger

SUMMARY = re.compile(r"(\d+) new items")
# The STATUS the scheduler sends when a cycle starts, and the ones it sends when it ends.
CYCLE_STARTS = "polling the due feeds"
CYCLE_ENDS = re.compile(r"^\d+ feeds.*stories published|^the last cycle stopped")
# Generous: a cold cycle over 1,000 feeds takes seconds, not minutes.
CYCLE_TIMEOUT = 600
# The unit's WatchdogSec=5min, so the watchdog task runs as it does under systemd.
UNIT_ENVIRONMENT = {"WATCHDOG_USEC": "300000000"}


def say(text):
    print(text, file=sys.stderr, flush=True)


def megabytes(kb):
    return kb / 1024


def daemon_command(binary, config):
    return [binary, "run", "--config", config]


def evict_from_page_cache(binary):
    """Drops the binary's pages from the page cache, so the daemon reads them
    from disk as it would after a boot. How a file's pages entered the cache
    changes how many of them a process maps: here a binary just written by
    the linker or `cp` started 2-3 MB larger in RSS than the same bytes read
    back from disk, enough to tilt a comparison of two builds."""
    descriptor = os.open(binary, os.O_RDONLY)
    try:
        os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(descriptor)


def feed_files(folder):
    return sorted(name for name in os.listdir(folder) if name.startswith("feed-") and name.endswith(".xml"))


# ---------------------------------------------------------------- config

def toml_string(text):
    # a JSON string is a valid TOML basic string for any path
    return json.dumps(text, ensure_ascii=False)


def cmd_config(a):
    listen = "127.0.0.1:%d" % a.serve_port if a.serve_port else ""
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# Written by Benchmarks/soak.sh for one soak; thrown away with its folder.\n"
                "[paths]\nfeeds = %s\nseeds = %s\nstate = %s\noutput = %s\n"
                "[fetch]\n# every feed every few seconds, whatever its rate or hints say\n"
                "interval = %d\nmin_interval = %d\nmax_interval = %d\n"
                "[serve]\nlisten = %s\n"
                % (toml_string(a.feeds), toml_string(a.seeds), toml_string(a.state), toml_string(a.output),
                   a.interval, a.interval, a.interval, toml_string(listen)))
    return 0


# ---------------------------------------------------------------- one cycle's bookkeeping

class CycleWatch:
    """Follows the daemon's cycles through its notify messages and its log."""

    def __init__(self, daemon):
        self.daemon = daemon

    def next_cycle(self, on_idle=None):
        """Waits for a cycle to start and end; returns its row. `on_idle` is
        called about every 0.2 s while no cycle runs."""
        while True:
            received = self.daemon.message(0.2)
            if received is None:
                if on_idle:
                    on_idle()
                continue
            started, message = received
            if message.get("STATUS") == CYCLE_STARTS:
                break
        ended, message = self.daemon.wait_for(lambda m: CYCLE_ENDS.search(m.get("STATUS", "")), CYCLE_TIMEOUT)
        sample = self.daemon.sample()
        finished = [log_fields(line) for line in self.daemon.new_log_lines() if " cycle finished " in line]
        fields = finished[-1] if finished else {}

        def count(key):
            return int(fields.get(key, "0"))
        return {
            "started": started, "ended": ended, "seconds": round(ended - started, 3),
            "completed": bool(finished) and not message["STATUS"].startswith("the last cycle stopped"),
            "due": count("feeds.due"), "fetched": count("feeds.fetched"), "not_modified": count("feeds.not_modified"),
            "failed": count("feeds.failed"), "new_items": count("items.new"), "new_stories": count("stories.new"),
            "joined": count("stories.joined"), "files_written": count("files.written"),
            "rss_kb": sample.rss_kb, "anon_kb": sample.anon_kb, "hwm_kb": sample.hwm_kb, "threads": sample.threads, "cpu_s": sample.cpu_seconds,
            "sample": sample,
        }


# ---------------------------------------------------------------- ready

def stored_items(state):
    database = sqlite3.connect("file:%s?mode=ro" % os.path.join(state, "state.sqlite"), uri=True)
    try:
        return database.execute("SELECT count(*) FROM item").fetchone()[0]
    finally:
        database.close()


def serve_set(set_folder, serve_folder):
    """Replaces every served feed with the set's file of the same name (same URLs, new content)."""
    source = os.path.join(set_folder, "feeds")
    for name in feed_files(source):
        temporary = os.path.join(serve_folder, "." + name + ".tmp")
        shutil.copyfile(os.path.join(source, name), temporary)
        os.replace(temporary, os.path.join(serve_folder, name))


def cmd_ready(a):
    loads = []
    for set_folder in a.sets:
        serve_set(set_folder, a.serve)
        began = time.monotonic()
        run = subprocess.run([a.binary, "fetch", "--config", a.config, "--force"], stdin=subprocess.DEVNULL,
                             capture_output=True, text=True)
        seconds = time.monotonic() - began
        if run.returncode != 0:
            say(run.stdout[-2000:] + run.stderr[-2000:])
            raise DaemonError("aggregator fetch --force over %s exited with status %d" % (set_folder, run.returncode))
        new = SUMMARY.search(run.stdout + run.stderr)
        loads.append({"set": set_folder, "seconds": round(seconds, 2), "new_items": int(new.group(1)) if new else None})
        say("  stored %s: %s new items in %.1f s" % (os.path.basename(set_folder), new.group(1) if new else "?", seconds))
    items = stored_items(a.state)
    say("  %d items stored; restarting the daemon %d times" % (items, a.restarts))

    changer = FeedChanger(a.serve, feed_files(a.serve), rng_seed=a.seed)
    restarts = []
    for attempt in range(1, a.restarts + 1):
        changer.change(a.change, round_number=attempt)
        daemon = DaemonProcess(daemon_command(a.binary, a.config), a.work, "ready", UNIT_ENVIRONMENT)
        evict_from_page_cache(a.binary)
        daemon.start()
        try:
            ready_at, _ = daemon.wait_for(lambda m: m.get("READY") == "1", CYCLE_TIMEOUT)
            at_ready = daemon.sample()
            watch = CycleWatch(daemon)
            cycles = []
            while not cycles or cycles[-1]["new_items"] == 0:
                cycles.append(watch.next_cycle())
                if len(cycles) > 50:
                    raise DaemonError("50 cycles after READY and none stored an item; the daemon's log: %s" % daemon.log_path)
            first_storing = cycles[-1]
        finally:
            status, stop_seconds = daemon.stop()
        row = {
            "ready_s": round(ready_at - daemon.started_at, 3), "rss_at_ready_kb": at_ready.rss_kb,
            "cycles_until_storing": len(cycles), "storing_cycle_s": first_storing["seconds"],
            "storing_cycle_new_items": first_storing["new_items"], "rss_after_kb": first_storing["rss_kb"],
            "hwm_after_kb": first_storing["hwm_kb"], "stop_s": round(stop_seconds, 3), "exit_status": status,
        }
        restarts.append(row)
        say("  restart %d: READY=1 after %.3f s (RSS %.1f MB); first storing cycle %.2f s, %d new items, "
            "RSS %.1f MB, peak %.1f MB; SIGTERM -> exit %s in %.2f s"
            % (attempt, row["ready_s"], megabytes(at_ready.rss_kb), row["storing_cycle_s"], row["storing_cycle_new_items"],
               megabytes(row["rss_after_kb"]), megabytes(row["hwm_after_kb"]), status, stop_seconds))

    readies = [r["ready_s"] for r in restarts]
    print("## start -> READY=1 with %d stored items (%d feeds)" % (items, len(feed_files(a.serve))))
    print()
    print("| | median | min | max |")
    print("|---|---|---|---|")
    print("| start -> READY=1, s | %.3f | %.3f | %.3f |" % (statistics.median(readies), min(readies), max(readies)))
    print("| RSS at READY, MB | %.1f | | |" % statistics.median(megabytes(r["rss_at_ready_kb"]) for r in restarts))
    storing = [r["storing_cycle_s"] for r in restarts]
    print("| first cycle that stores items (rebuilds the story index), s | %.2f | %.2f | %.2f |"
          % (statistics.median(storing), min(storing), max(storing)))
    print("| RSS / peak RSS after it, MB | %.1f / %.1f | | |"
          % (statistics.median(megabytes(r["rss_after_kb"]) for r in restarts),
             statistics.median(megabytes(r["hwm_after_kb"]) for r in restarts)))
    print("| SIGTERM -> exit, s | %.2f | %.2f | %.2f |"
          % (statistics.median(r["stop_s"] for r in restarts), min(r["stop_s"] for r in restarts),
             max(r["stop_s"] for r in restarts)))
    print()
    print("%d restarts; loading: %s" % (len(restarts), ", ".join(
        "%s new items in %.1f s" % (l["new_items"], l["seconds"]) for l in loads)))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"stored_items": items, "loads": loads, "restarts": restarts}, f, indent=1)
    return 0 if all(r["exit_status"] == 0 for r in restarts) else 1


# ---------------------------------------------------------------- cycles

class IdleMeter:
    """CPU the daemon uses between cycles: from the sample at a cycle's end to
    the last sample taken before the next cycle started, so no cycle work is
    counted (clock ticks are 10 ms; the sum over many gaps is what is exact)."""

    def __init__(self, daemon):
        self.daemon = daemon
        self.gap_start = None
        self.last = None
        self.cpu_seconds = 0.0
        self.wall_seconds = 0.0
        self.gaps = 0
        self.idle_rss_kb = []

    def cycle_ended(self, sample):
        self.gap_start = sample
        self.last = None

    def tick(self):
        if self.gap_start is not None:
            self.last = self.daemon.sample()

    def cycle_started(self):
        if self.gap_start is not None and self.last is not None:
            self.cpu_seconds += self.last.cpu_seconds - self.gap_start.cpu_seconds
            self.wall_seconds += self.last.time - self.gap_start.time
            self.gaps += 1
            self.idle_rss_kb.append(self.last.rss_kb)
        self.gap_start = None

    @property
    def percent(self):
        return 100 * self.cpu_seconds / self.wall_seconds if self.wall_seconds else float("nan")


def slope_kb_per_cycle(rows):
    """Least-squares slope of RSS over the cycles given."""
    xs = [r["cycle"] for r in rows]
    ys = [r["rss_kb"] for r in rows]
    if len(xs) < 2:
        return float("nan")
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread


class Pass:
    """Daemon cycles until every feed was polled once. Feeds checked in one
    cycle fall due a second or two apart (each is stamped when its answer is
    applied), so the daemon may take the set in two cycles, a large and a small
    one; the soak's "cycle" is the pass, and its daemon cycles are counted."""

    COUNTED = ("due", "fetched", "not_modified", "failed", "new_items", "new_stories", "joined", "seconds")

    def __init__(self, number, changed_before):
        self.row = dict({key: 0 for key in self.COUNTED}, cycle=number, daemon_cycles=0, completed=True,
                        changed_before=changed_before)

    def add(self, cycle):
        self.row["daemon_cycles"] += 1
        self.row["completed"] = self.row["completed"] and cycle["completed"]
        for key in self.COUNTED:
            self.row[key] += cycle[key]
        for key in ("rss_kb", "anon_kb", "hwm_kb", "threads", "cpu_s"):
            self.row[key] = cycle[key]


def cmd_cycles(a):
    files = feed_files(a.serve)
    changer = FeedChanger(a.serve, files, rng_seed=a.seed)
    daemon = DaemonProcess(daemon_command(a.binary, a.config), a.work, "soak", UNIT_ENVIRONMENT)
    evict_from_page_cache(a.binary)
    daemon.start()
    rows = []
    try:
        ready_at, _ = daemon.wait_for(lambda m: m.get("READY") == "1", CYCLE_TIMEOUT)
        say("  READY=1 after %.3f s" % (ready_at - daemon.started_at))
        watch = CycleWatch(daemon)
        idle = IdleMeter(daemon)
        polled = 0
        current = Pass(1, changed_before=0)
        while len(rows) < a.cycles:
            cycle = watch.next_cycle(on_idle=idle.tick)
            # next_cycle returns at the cycle's end; its start closed the gap before it
            idle.cycle_started()
            idle.cycle_ended(cycle.pop("sample"))
            current.add(cycle)
            polled += cycle["due"]
            if polled < len(files):
                continue
            polled -= len(files)
            row = current.row
            rows.append(row)
            number = len(rows)
            if number == a.cycles:
                changed = 0
            elif a.touch_only:
                changed = changer.touch(a.change)
            else:
                changed = changer.change(a.change, round_number=number)
            current = Pass(number + 1, changed_before=changed)
            if number == 1 or number % a.progress == 0 or not row["completed"]:
                say("  cycle %d (%d daemon cycles): %d polled, %d fetched, %d not modified, %d failed, %d new items; "
                    "%.2f s; RSS %.1f MB, peak %.1f MB"
                    % (number, row["daemon_cycles"], row["due"], row["fetched"], row["not_modified"], row["failed"],
                       row["new_items"], row["seconds"], megabytes(row["rss_kb"]), megabytes(row["hwm_kb"])))
        final = daemon.sample()
    finally:
        status, stop_seconds = daemon.stop()
    report_cycles(a, rows, idle, final, status, stop_seconds, len(files), ready_at - daemon.started_at)
    growth = growth_percent(rows, a)
    growth_ok = growth is None or growth < a.max_growth
    return 0 if status == 0 and all(r["completed"] for r in rows) and growth_ok else 1


def growth_percent(rows, a):
    base = a.growth_from
    if len(rows) <= base:
        return None
    first, last = rows[base - 1]["rss_kb"], rows[-1]["rss_kb"]
    return 100 * (last - first) / first


def report_cycles(a, rows, idle, final, status, stop_seconds, feed_count, ready_seconds):
    last = len(rows)
    shown = sorted(set(n for n in (1, a.growth_from, 50, 100, last) if n <= last))
    print("## daemon soak: %d cycles over %d feeds, %s %% changed after each cycle (%s), interval %d s"
          % (last, feed_count, ("%g" % (100 * a.change)),
             "feed date only: no new items" if a.touch_only else "one new item each", a.interval))
    print()
    print("A cycle is a pass over every feed; the daemon may take it in more than one of its own cycles.")
    print()
    print("| cycle | daemon cycles | feeds polled | 200 / 304 / failed | new items | busy s | CPU s (total) | RSS MB | peak RSS MB | threads |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for n in shown:
        r = rows[n - 1]
        print("| %d | %d | %d | %d / %d / %d | %d | %.2f | %.1f | %.1f | %.1f | %d |"
              % (n, r["daemon_cycles"], r["due"], r["fetched"], r["not_modified"], r["failed"], r["new_items"],
                 r["seconds"], r["cpu_s"], megabytes(r["rss_kb"]), megabytes(r["hwm_kb"]), r["threads"]))
    print()
    growth = growth_percent(rows, a)
    if growth is not None:
        window = rows[a.growth_from - 1:]
        verdict = "flat" if growth < a.max_growth else "GROWS"
        print("- RSS growth, cycle %d -> %d: %+.1f %% (%.1f -> %.1f MB; %s, limit %g %%); least-squares slope over those cycles: %+.1f KB/cycle"
              % (a.growth_from, last, growth, megabytes(window[0]["rss_kb"]), megabytes(window[-1]["rss_kb"]),
                 verdict, a.max_growth, slope_kb_per_cycle(window)))
        print("- RSS over cycles %d-%d: min %.1f, max %.1f MB; of it anonymous (heap, stacks): %.1f -> %.1f MB"
              % (a.growth_from, last, megabytes(min(r["rss_kb"] for r in window)), megabytes(max(r["rss_kb"] for r in window)),
                 megabytes(window[0]["anon_kb"]), megabytes(window[-1]["anon_kb"])))
    print("- peak RSS (VmHWM): %.1f MB" % megabytes(final.hwm_kb))
    if idle.gaps:
        print("- idle CPU between daemon cycles: %.2f %% of one core (%.2f CPU s over %.1f s of idling, %d gaps)"
              % (idle.percent, idle.cpu_seconds, idle.wall_seconds, idle.gaps))
    else:
        print("- idle CPU between daemon cycles: not measured (a single cycle leaves no gap)")
    daemon_cycles = sum(r["daemon_cycles"] for r in rows)
    busy = [r["seconds"] for r in rows[1:]] or [rows[0]["seconds"]]
    print("- %d daemon cycles in all; %d of %d cycles took one daemon cycle; busy time per cycle after the first: median %.2f s (%.2f-%.2f)"
          % (daemon_cycles, sum(r["daemon_cycles"] == 1 for r in rows), last, statistics.median(busy), min(busy), max(busy)))
    print("- items stored by the run: %d new (%d feed changes made); %d cycles with a failed or stopped daemon cycle; daemon CPU in all: %.1f s"
          % (sum(r["new_items"] for r in rows), sum(r["changed_before"] for r in rows),
             sum(not r["completed"] for r in rows), final.cpu_seconds))
    print("- start -> READY=1: %.3f s; SIGTERM -> exit status %s in %.2f s" % (ready_seconds, status, stop_seconds))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"cycles": rows, "idle": {"cpu_s": idle.cpu_seconds, "wall_s": idle.wall_seconds, "gaps": idle.gaps,
                                                "rss_kb": idle.idle_rss_kb},
                       "peak_rss_kb": final.hwm_kb, "growth_percent": growth, "exit_status": status}, f, indent=1)


# ---------------------------------------------------------------- command line

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    config = commands.add_parser("config")
    config.add_argument("out")
    for key in ("feeds", "seeds", "state", "output"):
        config.add_argument("--" + key, required=True)
    config.add_argument("--interval", type=int, required=True)
    config.add_argument("--serve-port", type=int, default=0)

    for name in ("ready", "cycles"):
        command = commands.add_parser(name)
        command.add_argument("--binary", required=True)
        command.add_argument("--config", required=True)
        command.add_argument("--serve", required=True, help="the folder nginx serves the feeds from")
        command.add_argument("--work", required=True)
        command.add_argument("--change", type=float, default=0.05)
        command.add_argument("--seed", type=int, default=7)
        command.add_argument("--json")
    ready = commands.choices["ready"]
    ready.add_argument("--state", required=True)
    ready.add_argument("--sets", nargs="+", required=True)
    ready.add_argument("--restarts", type=int, default=3)
    cycles = commands.choices["cycles"]
    cycles.add_argument("--cycles", type=int, default=200)
    cycles.add_argument("--interval", type=int, required=True)
    cycles.add_argument("--growth-from", type=int, default=20)
    cycles.add_argument("--max-growth", type=float, default=10.0)
    cycles.add_argument("--progress", type=int, default=10)
    cycles.add_argument("--touch-only", action="store_true",
                        help="change only the feeds' own dates, so no new item is stored (a control run)")

    a = parser.parse_args()
    try:
        return {"config": cmd_config, "ready": cmd_ready, "cycles": cmd_cycles}[a.command](a)
    except DaemonError as error:
        say("soak.py: %s" % error)
        return 1


if __name__ == "__main__":
    sys.exit(main())
