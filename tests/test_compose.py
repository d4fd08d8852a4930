"""The production stack definition: docker-compose.yml, Dockerfile and .env.example hang together."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
AIRFLOW_SERVICES = (
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
    "airflow-worker",
)
LONG_RUNNING = (*AIRFLOW_SERVICES, "postgres", "redis", "minio")
VAR = re.compile(r"\$\{([A-Z_][A-Z0-9_]*)(:?[-?][^}]*)?\}")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, Any]:
    return compose["services"]


def _env(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def test_every_component_is_there(services: dict[str, Any]) -> None:
    expected = {*LONG_RUNNING, "minio-init", "airflow-init"}
    assert expected <= set(services)
    for name in AIRFLOW_SERVICES:
        assert services[name]["image"].startswith("${RASD_IMAGE:-rasd-airflow:3.3")
        assert services[name]["build"] == "."
    assert services["airflow-apiserver"]["command"] == "api-server"
    assert services["airflow-scheduler"]["command"] == "scheduler"
    assert services["airflow-dag-processor"]["command"] == "dag-processor"
    assert services["airflow-triggerer"]["command"] == "triggerer"
    assert services["airflow-worker"]["command"] == "celery worker"
    assert services["postgres"]["image"].startswith("postgres:")
    assert services["redis"]["image"].startswith("redis:")
    assert services["minio"]["image"].startswith("minio/minio")
    assert services["minio-init"]["image"].startswith("minio/mc")


def test_worker_scales(services: dict[str, Any]) -> None:
    worker = services["airflow-worker"]
    assert "container_name" not in worker
    assert "ports" not in worker


def test_healthchecks_everywhere(services: dict[str, Any]) -> None:
    for name in LONG_RUNNING:
        check = services[name].get("healthcheck")
        assert check and check.get("test"), f"{name} has no healthcheck"
        assert check.get("interval") and check.get("retries"), name
    api = " ".join(services["airflow-apiserver"]["healthcheck"]["test"])
    assert "/api/v2/monitor/health" in api
    for name in AIRFLOW_SERVICES:
        deps = services[name]["depends_on"]
        assert deps["postgres"]["condition"] == "service_healthy"
        assert deps["redis"]["condition"] == "service_healthy"
        assert deps["minio-init"]["condition"] == "service_completed_successfully"
        assert deps["airflow-init"]["condition"] == "service_completed_successfully"


def test_volumes(compose: dict[str, Any], services: dict[str, Any]) -> None:
    named = set(compose["volumes"])
    assert {"postgres-db", "minio-data", "airflow-logs"} <= named
    for name, svc in services.items():
        for vol in svc.get("volumes", []):
            source = vol.split(":", 1)[0]
            if not source.startswith((".", "/")):
                assert source in named, f"{name} uses undeclared volume {source}"
            else:
                assert (REPO / source).exists(), f"{name} mounts missing {source}"
    mounts = services["airflow-worker"]["volumes"]
    assert any(v.startswith("./dags:/opt/airflow/dags") for v in mounts)
    assert any(v.startswith("./sources.yaml:") for v in mounts)


def test_airflow_environment(services: dict[str, Any]) -> None:
    for name in (*AIRFLOW_SERVICES, "airflow-init"):
        env = _env(services[name])
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://")
        assert "@postgres:5432/" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
        assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://redis:6379/")
        assert env["RASD_LAKE"].startswith("s3://")
        assert env["AWS_ENDPOINT_URL"] == "http://minio:9000"
        assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"].startswith(
            "http://airflow-apiserver:8080/"
        )
        assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "false"
        assert env["RASD_SOURCES"] == "/opt/rasd/sources.yaml"


def test_no_secret_committed(services: dict[str, Any]) -> None:
    secretish = re.compile(r"PASSWORD|SECRET|FERNET|ACCESS_KEY")
    for name, svc in services.items():
        for key, value in _env(svc).items():
            if secretish.search(key):
                assert value.startswith("${") and ":?" in value, f"{name}.{key} is hard-coded"
            for match in re.finditer(r"://[^:/@\s]+:([^@]+)@", value):
                assert match.group(1).startswith("${"), f"{name}.{key} embeds a password"
    example = (REPO / ".env.example").read_text()
    for line in example.splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            if secretish.search(key) and "USERNAME" not in key:
                assert value.strip() == "", f".env.example commits a value for {key}"
    assert ".env" in (REPO / ".gitignore").read_text().split()


def test_env_example_covers_required_variables() -> None:
    text = (REPO / "docker-compose.yml").read_text()
    required = {m.group(1) for m in VAR.finditer(text) if (m.group(2) or "").startswith(":?")}
    example = {
        line.split("=", 1)[0].strip()
        for line in (REPO / ".env.example").read_text().splitlines()
        if "=" in line and not line.lstrip().startswith("#")
    }
    assert required, "compose should demand its secrets"
    assert required <= example, f"missing from .env.example: {sorted(required - example)}"


def test_minio_bucket_job_creates_the_lake_bucket(services: dict[str, Any]) -> None:
    init = services["minio-init"]
    script = " ".join(init["command"])
    assert "mc mb --ignore-existing" in script and "RASD_BUCKET" in script
    assert init["depends_on"]["minio"]["condition"] == "service_healthy"
    lake = _env(services["airflow-worker"])["RASD_LAKE"]
    assert lake.startswith("s3://${RASD_BUCKET:-rasd}/")
    init_script = "\n".join(services["airflow-init"]["command"])
    assert "airflow db migrate" in init_script and "pools set rasd_crawl" in init_script


def test_dockerfile_installs_the_project() -> None:
    text = (REPO / "Dockerfile").read_text()
    pin = re.search(r'"apache-airflow==([\d.]+)"', (REPO / "pyproject.toml").read_text())
    assert pin, "pyproject pins apache-airflow"
    assert f"ARG AIRFLOW_VERSION={pin.group(1)}" in text
    assert "FROM apache/airflow:${AIRFLOW_VERSION}" in text
    for path in ("pipeline", "spiders", "pyproject.toml", "sources.yaml"):
        assert re.search(rf"COPY .*{re.escape(path)}", text), path
    assert re.search(r"pip install[^\n]*\\\n(.*\\\n)*\s*/opt/rasd\s*$", text, re.M)
    assert "apache-airflow-providers-fab" in text  # the compose stack's auth manager
    assert "COPY --chown=airflow:root dags /opt/airflow/dags" in text


def test_compose_config_validates_when_docker_is_present(tmp_path: Path) -> None:
    docker = shutil.which("docker")
    probe = docker and subprocess.run(
        [docker, "compose", "version"], capture_output=True, timeout=30, check=False
    )
    if not probe or probe.returncode != 0:
        pytest.skip("no docker compose on this machine: structure checked by the tests above")
    env = tmp_path / ".env"
    env.write_text(
        "POSTGRES_PASSWORD=x\nAIRFLOW_FERNET_KEY=x\nAIRFLOW_JWT_SECRET=x\n"
        "_AIRFLOW_WWW_USER_PASSWORD=x\nMINIO_ROOT_USER=x\nMINIO_ROOT_PASSWORD=x\n"
    )
    subprocess.run(
        [
            docker,
            "compose",
            "--env-file",
            str(env),
            "-f",
            str(REPO / "docker-compose.yml"),
            "config",
            "-q",
        ],
        check=True,
        timeout=60,
    )
