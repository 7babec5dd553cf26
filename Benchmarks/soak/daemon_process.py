"""`aggregator run` under watch: systemd's side of the notify protocol, the
log it writes, and its memory and CPU from /proc."""
import os
import select
import signal
import socket
import subprocess
import time

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class DaemonError(Exception):
    pass


class Sample:
    """The daemon's memory and CPU at one moment."""

    def __init__(self, pid):
        self.time = time.monotonic()
        fields = {}
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                key, _, value = line.partition(":")
                fields[key] = value.split()
        self.rss_kb = int(fields["VmRSS"][0])
        self.hwm_kb = int(fields["VmHWM"][0])
        # heap and stacks, apart from mapped files: a leak shows in the first
        self.anon_kb = int(fields["RssAnon"][0])
        self.threads = int(fields["Threads"][0])
        with open("/proc/%d/stat" % pid) as f:
            # the command name may hold spaces: fields count from the last ')'
            after_name = f.read().rsplit(")", 1)[1].split()
        self.cpu_seconds = (int(after_name[11]) + int(after_name[12])) / CLOCK_TICKS


class DaemonProcess:
    """Starts the daemon with NOTIFY_SOCKET on a datagram socket of our own,
    as systemd would, and stops it however the caller ends."""

    def __init__(self, command, work, name, environment=None):
        self.command = command
        self.socket_path = os.path.join(work, name + ".notify")
        self.log_path = os.path.join(work, name + ".log")
        self.pid_path = os.path.join(work, name + ".pid")
        self.environment = environment or {}
        self.process = None
        self.socket = None
        self.started_at = None
        self._log_offset = 0

    def start(self):
        if os.path.exists(self.socket_path):
            os.unlink(self.socket_path)
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.socket.bind(self.socket_path)
        environment = dict(os.environ, NOTIFY_SOCKET=self.socket_path, **self.environment)
        log = open(self.log_path, "ab")
        self._log_offset = log.tell()
        self.started_at = time.monotonic()
        self.process = subprocess.Popen(self.command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, env=environment)
        log.close()
        with open(self.pid_path, "w") as f:
            f.write("%d\n" % self.process.pid)

    @property
    def pid(self):
        return self.process.pid

    def message(self, timeout):
        """The next notify datagram as {KEY: value} with its arrival time, or None."""
        readable, _, _ = select.select([self.socket], [], [], timeout)
        if not readable:
            if self.process.poll() is not None:
                raise DaemonError("the daemon exited with status %s; its log: %s" % (self.process.returncode, self.log_path))
            return None
        data = self.socket.recv(65536)
        arrived = time.monotonic()
        assignments = dict(line.partition("=")[::2] for line in data.decode("utf-8", "replace").split("\n") if line)
        return arrived, assignments

    def wait_for(self, predicate, timeout):
        """Messages until one satisfies `predicate`; returns (arrival time, message)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise DaemonError("no awaited notify message within %d s; the daemon's log: %s" % (timeout, self.log_path))
            received = self.message(min(left, 1.0))
            if received and predicate(received[1]):
                return received

    def sample(self):
        return Sample(self.pid)

    def new_log_lines(self):
        with open(self.log_path, "rb") as f:
            f.seek(self._log_offset)
            data = f.read()
        complete = data.rfind(b"\n") + 1
        self._log_offset += complete
        return data[:complete].decode("utf-8", "replace").splitlines()

    def stop(self, grace=10):
        """SIGTERM, then SIGKILL after `grace` seconds; returns (exit status, seconds to stop)."""
        if self.process is None:
            return None, 0.0
        asked = time.monotonic()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        stopped = time.monotonic() - asked
        self.socket.close()
        for path in (self.socket_path, self.pid_path):
            if os.path.exists(path):
                os.unlink(path)
        status = self.process.returncode
        self.process = None
        return status, stopped


def log_fields(line):
    """The key=value fields of one daemon log line (values may be quoted)."""
    fields = {}
    for token in _split_quoted(line):
        key, separator, value = token.partition("=")
        if separator:
            fields[key] = value
    return fields


def _split_quoted(line):
    tokens, current, quoted, escaped = [], [], False, False
    for character in line:
        if escaped:
            current.append(character)
            escaped = False
        elif character == "\\" and quoted:
            escaped = True
        elif character == '"':
            quoted = not quoted
        elif character == " " and not quoted:
            tokens.append("".join(current))
            current = []
        else:
            current.append(character)
    tokens.append("".join(current))
    return tokens
