"""`make bench-web`: the platform under load on the real stack (gunicorn, PostgreSQL, Redis).

It builds a fresh PostgreSQL database with the demo program and serves the platform with gunicorn. Then:
- the board and its search, driven by wrk, against a ceiling: a bare route of the same app doing one
  PostgreSQL read, same server, same client; one JSON line each: {"name", "req_s", "ceiling_req_s", "ratio"};
  and the board with every request a cache miss ("board_uncached": each asks a new address);
- a deadline burst: 500 startups submit within a minute from concurrent clients, some double-clicking,
  some retrying; then the stored rows are counted: {"name": "deadline_burst", "submissions", "stored",
  "duplicates", "lost", "p50_ms", "p99_ms"}.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
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


# A wrk script adding a new query parameter to every request: no two requests share a cached page.
UNCACHED_SCRIPT = """
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. (string.find(wrk.path, "?") and "&" or "?") .. "n=" .. counter)
end
"""


def wrk(
    url: str, seconds: int, connections: int, threads: int, script: str | None = None
) -> dict[str, float]:
    """Requests per second and latencies of `url` under wrk (non-2xx answers count as failures)."""
    extra = ["--script", script] if script else []
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", *extra, url],
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


BURST_SIZE = 500
BURST_SECONDS = 50.0
BURST_CLIENTS = 64
BURST_SECRET = "bench-web-secret-key-not-for-production-0123456789"


def prepare_burst(env: dict[str, str], count: int) -> list[dict[str, object]]:
    """`count` confirmed founders with a live session each, and the cookie and CSRF token a browser holds."""
    os.environ.update(env)
    from itsdangerous import URLSafeTimedSerializer

    from challenges.models import Challenge, ChallengeState
    from innovation import create_app
    from innovation.auth.models import User
    from innovation.auth.passwords import hash_password
    from innovation.auth.sessions import start_session
    from innovation.database import utcnow
    from innovation.extensions import db
    from innovation.organizations.models import Membership, Organization, OrganizationKind

    app = create_app()
    clients = []
    with app.app_context():
        published = db.session.scalars(
            db.select(Challenge).where(Challenge.state == ChallengeState.PUBLISHED)
        )
        challenges = [challenge.id for challenge in published if "en" in challenge.languages]
        password = hash_password("bench password")
        signer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
        csrf_signer = URLSafeTimedSerializer(app.secret_key, salt="wtf-csrf-token")
        for number in range(count):
            user = User(
                email=f"founder{number}@burst.example",
                name=f"Founder {number}",
                password_hash=password,
                locale="en",
                confirmed_at=utcnow(),
                consent_at=utcnow(),
            )
            startup = Organization(
                name=f"Burst Startup {number}", kind=OrganizationKind.STARTUP, country="VN"
            )
            db.session.add_all([user, startup, Membership(user=user, organization=startup, is_admin=True)])
            db.session.flush()
            start_session(user)
            raw = os.urandom(20).hex()
            cookie = signer.dumps({"_user_id": user.get_id(), "_fresh": True, "csrf_token": raw})
            clients.append(
                {
                    "cookie": cookie,
                    "csrf": csrf_signer.dumps(raw),
                    "challenge": challenges[number % len(challenges)],
                }
            )
        db.session.commit()
    return clients


def post_form(port: int, path: str, cookie: str, fields: dict[str, str]) -> tuple[int, float]:
    """POST a form like a browser; (status, milliseconds)."""
    body = urllib.parse.urlencode(fields)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    started = time.perf_counter()
    connection.request(
        "POST",
        path,
        body=body,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"session={cookie}"},
    )
    status = connection.getresponse().status
    elapsed = (time.perf_counter() - started) * 1000
    connection.close()
    return status, elapsed


def get_page(port: int, path: str, cookie: str) -> str:
    """GET a page like a browser."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path, headers={"Cookie": f"session={cookie}"})
    body = connection.getresponse().read().decode()
    connection.close()
    return body


def deadline_burst(port: int, clients: list[dict[str, object]]) -> dict[str, object]:
    """Every client opens the form and submits; one in ten double-clicks, one in ten retries after a pause."""
    shuffle = random.Random(2026)
    latencies: list[float] = []
    lock = threading.Lock()

    def one(index: int) -> None:
        client = clients[index]
        path = f"/challenges/{client['challenge']}/apply"
        page = get_page(port, path, str(client["cookie"]))
        hidden = dict(re.findall(r'name="(form_token|seen_version)" type="hidden" value="([^"]*)"', page))
        if len(hidden) < 2:
            hidden = dict(
                (n, v) for v, n in re.findall(r'value="([^"]*)"[^>]*name="(form_token|seen_version)"', page)
            )
        fields = {
            "csrf_token": str(client["csrf"]),
            **hidden,
            "title": f"Solution {index}",
            "summary": "We schedule container trucks at the port gate with a forecast of arrivals.",
            "proposal": "A forecast of truck arrivals per hour from gate logs, vessel schedules and weather.",
            "fit": "Shorter queues at the gates of Cat Lai, as the owner asks.",
            "trl": "6",
            "pilot_plan": "Three months at gate B.",
            "team": "Five engineers.",
            "lang": "en",
            "consent": "y",
            "action": "submit",
        }
        kind = index % 10
        if kind == 0:  # a double click: the same form twice at once
            with ThreadPoolExecutor(2) as pair:
                results = list(
                    pair.map(lambda _: post_form(port, path, str(client["cookie"]), fields), range(2))
                )
        elif kind == 1:  # a retry: the answer did not arrive in time, the browser sends it again
            results = [post_form(port, path, str(client["cookie"]), fields)]
            time.sleep(0.2)
            results.append(post_form(port, path, str(client["cookie"]), fields))
        else:
            results = [post_form(port, path, str(client["cookie"]), fields)]
        with lock:
            latencies.extend(elapsed for _status, elapsed in results)
            for status, _elapsed in results:
                if status != 302:
                    print(f"submission answered {status}", file=sys.stderr)

    # Open-loop arrivals: 500 startups pressing "submit" over BURST_SECONDS, as a deadline crowd does,
    # whatever the server's speed (a slow server builds a queue, which the latencies then show).
    order = list(range(len(clients)))
    shuffle.shuffle(order)
    gap = BURST_SECONDS / len(order)
    started = time.perf_counter()

    def arrive(position: int) -> None:
        time.sleep(max(0.0, started + position * gap - time.perf_counter()))
        one(order[position])

    with ThreadPoolExecutor(BURST_CLIENTS) as pool:
        list(pool.map(arrive, range(len(order))))
    seconds = time.perf_counter() - started
    latencies.sort()
    return {
        "seconds": round(seconds, 1),
        "p50_ms": round(statistics.median(latencies), 1),
        "p99_ms": round(latencies[int(0.99 * (len(latencies) - 1))], 1),
    }


def count_burst(env: dict[str, str]) -> dict[str, int]:
    """Rows the burst left: applications submitted, versions stored (a duplicate is a second version)."""
    from sqlalchemy import func, select

    from challenges.applications.models import Application, ApplicationState, ApplicationVersion
    from innovation import create_app
    from innovation.extensions import db
    from innovation.organizations.models import Organization

    app = create_app()
    with app.app_context():
        burst = select(Organization.id).where(Organization.name.like("Burst Startup %"))
        stored = db.session.scalar(
            select(func.count(Application.id)).where(
                Application.startup_id.in_(burst), Application.state == ApplicationState.SUBMITTED
            )
        )
        versions = db.session.scalar(
            select(func.count(ApplicationVersion.id))
            .join(Application, Application.id == ApplicationVersion.application_id)
            .where(Application.startup_id.in_(burst))
        )
    return {"stored": stored or 0, "versions": versions or 0}


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
        "SECRET_KEY": BURST_SECRET,
        # Every client of the benchmark comes from 127.0.0.1: one address, many people, as behind a NAT.
        "INNOVATION_LOGIN_RATE_LIMIT": "100000 per minute",
    }
    run([str(BIN / "flask"), "db", "upgrade"], env)
    run([str(BIN / "flask"), "seed-demo"], env)
    burst_clients = prepare_burst(env, BURST_SIZE)
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
        script = Path(tempfile.mkstemp(suffix=".lua")[1])
        script.write_text(UNCACHED_SCRIPT)
        measures = [(name, path, None) for name, path in PAGES] + [
            ("board_uncached", "/challenges", str(script))
        ]
        for name, path, lua in measures:
            measured = wrk(base + path, options.seconds, options.connections, options.threads, lua)
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
        timing = deadline_burst(options.port, burst_clients)
        rows = count_burst(env)
        print(
            json.dumps(
                {
                    "name": "deadline_burst",
                    "submissions": BURST_SIZE,
                    "stored": rows["stored"],
                    "duplicates": rows["versions"] - rows["stored"],
                    "lost": BURST_SIZE - rows["stored"],
                    **timing,
                }
            ),
            flush=True,
        )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
