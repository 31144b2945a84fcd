-- Runs once, when the PostgreSQL container starts on an empty volume (the official image runs every *.sql in
-- /docker-entrypoint-initdb.d with psql as POSTGRES_USER). One database and one login role per subgraph: a
-- subgraph owns its data and never reads another's, and with its own role it cannot even connect to another's.
-- The passwords come from the container's environment (psql's \getenv, PostgreSQL 15 or later), so none is
-- written here; each subgraph's DATABASE_URL carries the same password.
\set ON_ERROR_STOP on

\getenv organisations_password ORGANISATIONS_DB_PASSWORD
\getenv networks_password NETWORKS_DB_PASSWORD
\getenv budgets_password BUDGETS_DB_PASSWORD

CREATE ROLE organisations LOGIN PASSWORD :'organisations_password';
CREATE ROLE networks LOGIN PASSWORD :'networks_password';
CREATE ROLE budgets LOGIN PASSWORD :'budgets_password';

-- Each role owns its database, so the subgraph's migrations may create and alter its tables (in PostgreSQL 15+
-- the public schema belongs to the database owner).
CREATE DATABASE organisations OWNER organisations;
CREATE DATABASE networks OWNER networks;
CREATE DATABASE budgets OWNER budgets;

REVOKE ALL ON DATABASE organisations FROM PUBLIC;
REVOKE ALL ON DATABASE networks FROM PUBLIC;
REVOKE ALL ON DATABASE budgets FROM PUBLIC;
