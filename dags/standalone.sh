#!/usr/bin/env bash
# Start Airflow standalone for Rasd (what `make run` does): SQLite metadata and LocalExecutor in
# AIRFLOW_HOME (default .airflow/ in the repo), the repo's dags/, the lake at ./lake.
# Prints the UI address and the login when the API server answers. Ctrl-C stops everything.
#
# Environment (all optional): AIRFLOW_HOME, RASD_LAKE, RASD_SOURCES, RASD_AIRFLOW_PORT (8080),
# RASD_AIRFLOW_HOST (127.0.0.1), RASD_CRAWL_SLOTS (4, slots of the rasd_crawl pool), VENV (.venv).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$REPO/.venv}"
export PATH="$VENV/bin:$PATH"
PORT="${RASD_AIRFLOW_PORT:-8080}"
HOST="${RASD_AIRFLOW_HOST:-127.0.0.1}"

export AIRFLOW_HOME="${AIRFLOW_HOME:-$REPO/.airflow}"
export AIRFLOW__CORE__DAGS_FOLDER="$REPO/dags"
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__EXECUTOR=LocalExecutor
export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN="sqlite:///$AIRFLOW_HOME/airflow.db"
export AIRFLOW__API__HOST="$HOST"
export AIRFLOW__API__PORT="$PORT"
export AIRFLOW__API__BASE_URL="http://$HOST:$PORT"
export AIRFLOW__CORE__EXECUTION_API_SERVER_URL="http://$HOST:$PORT/execution/"
export AIRFLOW__CORE__AUTH_MANAGER="airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager"
export AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS="admin:admin"
export AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE="$AIRFLOW_HOME/simple_auth_manager_passwords.json"
export RASD_LAKE="${RASD_LAKE:-$REPO/lake}"
export RASD_SOURCES="${RASD_SOURCES:-$REPO/sources.yaml}"
export RASD_CRAWL_SLOTS="${RASD_CRAWL_SLOTS:-4}"

mkdir -p "$AIRFLOW_HOME"
case "$RASD_LAKE" in s3://*) ;; *) mkdir -p "$RASD_LAKE" ;; esac

# A login the banner can print: generated once, kept in AIRFLOW_HOME (never committed).
PASSWORD_FILE="$AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"
if [ ! -s "$PASSWORD_FILE" ]; then
    python -c 'import json, secrets, sys; json.dump({"admin": secrets.token_urlsafe(12)}, open(sys.argv[1], "w"))' "$PASSWORD_FILE"
    chmod 600 "$PASSWORD_FILE"
fi
PASSWORD="$(python -c 'import json, sys; print(json.load(open(sys.argv[1]))["admin"])' "$PASSWORD_FILE")"

echo "rasd: preparing Airflow metadata in $AIRFLOW_HOME ..."
airflow db migrate >"$AIRFLOW_HOME/db-migrate.log" 2>&1 || {
    cat "$AIRFLOW_HOME/db-migrate.log" >&2
    exit 1
}
airflow pools set rasd_crawl "$RASD_CRAWL_SLOTS" "Rasd crawls (rasd_backfill chunks take all slots)" >/dev/null

# Print the banner once the API server answers its health endpoint.
(
    python - "$HOST" "$PORT" "$PASSWORD" "$RASD_LAKE" <<'EOF'
import sys, time, urllib.request
host, port, password, lake = sys.argv[1:]
url = f"http://{host}:{port}"
for _ in range(600):
    try:
        with urllib.request.urlopen(f"{url}/api/v2/monitor/health", timeout=2):
            break
    except Exception:
        time.sleep(1)
else:
    sys.exit(0)
print(f"\n=== Rasd on Airflow is up: {url}  (login: admin / {password}) ===")
print(f"=== DAGs: rasd_ingest, rasd_backfill, rasd_maintenance (paused: unpause in the UI); lake: {lake} ===\n", flush=True)
EOF
) &

echo "rasd: starting airflow standalone on http://$HOST:$PORT (login admin / $PASSWORD)"
exec airflow standalone
