#!/usr/bin/env bash
# PostgreSQL 15 from Debian's packages for the end-to-end tests' PostgreSQL variant: installs it,
# starts the cluster without systemd (containers have none) and creates the role and database
# the tests and the `postgres` profile use by default. Idempotent: a second run changes nothing.
# Override with PG_ROLE / PG_PASSWORD / PG_DATABASE (the tests read CONSOLIDATION_PG_* the same way).
set -euo pipefail

PG_VERSION=15
PG_ROLE=${PG_ROLE:-consolidation}
PG_PASSWORD=${PG_PASSWORD:-consolidation}
PG_DATABASE=${PG_DATABASE:-consolidation}

if ! [ -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ]; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q
	apt-get install -y -q postgresql
fi

# Debian's package creates the cluster "main"; a machine where it was dropped gets it back.
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$PG_VERSION main"; then
	pg_createcluster "$PG_VERSION" main
fi
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
	pg_ctlcluster "$PG_VERSION" main start
fi

psql_admin() {
	# the postgres superuser through the local socket (peer authentication, Debian's default)
	su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -tA $*"
}

for _ in $(seq 1 30); do
	if su postgres -c "pg_isready -q"; then
		break
	fi
	sleep 1
done
su postgres -c "pg_isready"

# CREATEDB: every end-to-end test class creates and drops a database of its own.
if [ "$(psql_admin "-c \"select 1 from pg_roles where rolname = '$PG_ROLE'\"")" != "1" ]; then
	psql_admin "-c \"create role $PG_ROLE login createdb password '$PG_PASSWORD'\""
fi
if [ "$(psql_admin "-c \"select 1 from pg_database where datname = '$PG_DATABASE'\"")" != "1" ]; then
	psql_admin "-c \"create database $PG_DATABASE owner $PG_ROLE encoding 'UTF8' template template0\""
fi

# prove the tests' way in works: TCP on localhost with a password
PGPASSWORD="$PG_PASSWORD" psql -X -h localhost -U "$PG_ROLE" -d "$PG_DATABASE" -tAc "select version()"
