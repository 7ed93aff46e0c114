#!/usr/bin/env bash
# `make run`: local Redis if none answers, demo data if the database is empty, an RQ worker and the web app.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
PORT="${PORT:-5000}"
export FLASK_APP=wsgi
# Links in e-mails point at this local server unless a public address is configured.
export INNOVATION_BASE_URL="${INNOVATION_BASE_URL:-http://127.0.0.1:${PORT}}"

redis_url="${REDIS_URL:-redis://127.0.0.1:6379/0}"
if ! $BIN/python -c "import redis,sys; redis.Redis.from_url(sys.argv[1], socket_connect_timeout=1).ping()" \
    "$redis_url" 2>/dev/null; then
  if command -v redis-server >/dev/null 2>&1; then
    echo "Starting a local Redis on 127.0.0.1:6379"
    mkdir -p instance
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
      --dir "$PWD/instance" --logfile "$PWD/instance/redis.log"
    sleep 0.5
  else
    echo "No Redis answers at $redis_url and redis-server is not installed:"
    echo "the site runs, but background jobs (e-mail, screening) wait until Redis is there."
  fi
fi

$BIN/flask seed-demo --if-empty

$BIN/flask worker > instance/worker.log 2>&1 &
worker_pid=$!
trap 'kill $worker_pid 2>/dev/null || true' EXIT INT TERM
echo "RQ worker started (pid $worker_pid, log: instance/worker.log)"
echo
echo "Open Innovation platform: http://127.0.0.1:${PORT}/   (health: http://127.0.0.1:${PORT}/healthz)"
echo "E-mails are written to instance/mail.log in development."
echo
$BIN/flask run --host 127.0.0.1 --port "$PORT"
