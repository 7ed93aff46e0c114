"""`make bench-web`: pages under load on the real stack (gunicorn, PostgreSQL, Redis), against a ceiling.

It builds a fresh PostgreSQL database with the demo program, serves the platform with gunicorn, and drives
each page with wrk from the same machine; the ceiling is a bare route of the same app doing one PostgreSQL
read. Prints one JSON line per measure: {"name", "req_s", "ceiling_req_s", "ratio", ...}.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# (name, path): the pages measured against the ceiling.
PAGES = [
    ("board", "/challenges"),
    ("board_search", "/challenges?q=cang"),
]


def run(command: list[str], env: dict[str, str]) -> None:
    """Run a setup command quietly; stop the benchmark with its output when it fails."""
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")


def fresh_database(admin_url: str, name: str) -> None:
    """Drop and create the benchmark's own database (never the tests' one)."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def wait_until_up(url: str, seconds: float = 30) -> None:
    """Poll /healthz until the server answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    sys.exit("gunicorn did not come up")


def wrk(url: str, seconds: int, connections: int, threads: int) -> dict[str, float]:
    """Requests per second and latencies of `url` under wrk (non-2xx answers count as failures)."""
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        sys.exit(f"{url}: {errors.group(1)} answers were errors\n{output}")

    def percentile(label: str) -> float:
        found = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", output)
        if not found:
            return float("nan")
        value, unit = float(found.group(1)), found.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    return {"req_s": rate, "p50_ms": percentile("50"), "p99_ms": percentile("99")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--admin-url",
        default=os.environ.get("BENCH_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres"),
    )
    parser.add_argument("--database", default="bench_web")
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/12"))
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    options = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: `apt-get install -y wrk` (make bench-web installs it when run as root)")

    fresh_database(options.admin_url, options.database)
    base = f"http://127.0.0.1:{options.port}"
    env = {
        **os.environ,
        "FLASK_APP": "wsgi",
        "DATABASE_URL": options.admin_url.rsplit("/", 1)[0] + "/" + options.database,
        "REDIS_URL": options.redis_url,
        "INNOVATION_BASE_URL": base,
        "INNOVATION_QUEUE_PREFIX": "bench",
    }
    run([str(BIN / "flask"), "db", "upgrade"], env)
    run([str(BIN / "flask"), "seed-demo"], env)
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "--workers",
            str(options.workers),
            "--bind",
            f"127.0.0.1:{options.port}",
            "--pythonpath",
            str(ROOT / "scripts"),
            "--log-level",
            "warning",
            "bench_web_app:app",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        wait_until_up(base)
        for _name, path in [("ceiling", "/bench/ceiling"), *PAGES]:
            wrk(base + path, 2, options.connections, options.threads)  # warm every worker up
        ceiling = wrk(base + "/bench/ceiling", options.seconds, options.connections, options.threads)
        for name, path in PAGES:
            measured = wrk(base + path, options.seconds, options.connections, options.threads)
            print(
                json.dumps(
                    {
                        "name": name,
                        "req_s": round(measured["req_s"], 1),
                        "ceiling_req_s": round(ceiling["req_s"], 1),
                        "ratio": round(measured["req_s"] / ceiling["req_s"], 3),
                        "p50_ms": measured["p50_ms"],
                        "p99_ms": measured["p99_ms"],
                    }
                ),
                flush=True,
            )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
