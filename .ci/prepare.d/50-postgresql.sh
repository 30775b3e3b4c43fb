#!/usr/bin/env bash
# The store tests run on PostgreSQL too: each test run starts its own throwaway cluster with initdb and pg_ctl from
# /usr/lib/postgresql/*/bin, as the postgres system user when run as root. This installs Debian's server (and so that
# user) without its default cluster or service, and the psql client the benchmark's COPY baseline uses.
# Idempotent: does nothing when the programs are already there.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 \
   && command -v psql >/dev/null 2>&1 && id postgres >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "50-postgresql: need root to install Debian's postgresql package" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# No main cluster: the tests make their own, and a stray server on port 5432 would only be one more process.
mkdir -p /etc/postgresql-common/createcluster.d
echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/perfbot-no-main-cluster.conf
apt-get update -qq
apt-get install -y -qq --no-install-recommends postgresql postgresql-client >/dev/null
