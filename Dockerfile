# Rasd on Airflow 3.3: the official Airflow image plus the project (pipeline/, spiders/) and its
# dependencies. Built by docker-compose.yml; the DAGs are mounted from ./dags at run time (and
# copied in, for runs without the mount).
ARG AIRFLOW_VERSION=3.3.2
ARG PYTHON_VERSION=3.11
FROM apache/airflow:${AIRFLOW_VERSION}-python${PYTHON_VERSION}

ARG AIRFLOW_VERSION
USER root
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential curl \
    && apt-get clean && rm -rf /var/lib/apt/lists/*
USER airflow

WORKDIR /opt/rasd
COPY --chown=airflow:root pyproject.toml README.md ./
COPY --chown=airflow:root pipeline ./pipeline
COPY --chown=airflow:root spiders ./spiders
COPY --chown=airflow:root sources.yaml ./sources.yaml

# Keep Airflow at the image's version while installing the project; CPU-only torch wheels.
RUN pip install --no-cache-dir \
        --extra-index-url https://download.pytorch.org/whl/cpu \
        "apache-airflow==${AIRFLOW_VERSION}" \
        apache-airflow-providers-fab \
        apache-airflow-providers-celery \
        /opt/rasd

COPY --chown=airflow:root dags /opt/airflow/dags

ENV RASD_SOURCES=/opt/rasd/sources.yaml \
    PYTHONUNBUFFERED=1
WORKDIR /opt/airflow
