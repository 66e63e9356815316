-- VoiceGraph database bootstrap for the official postgres image.
--
-- docker-compose.yml mounts this file into /docker-entrypoint-initdb.d/, so it runs once, when
-- the container initialises an empty data volume, through psql as the superuser. It does what
-- tools/src/infra/postgres-bootstrap.ts does for local runs (keep the two in step):
--   * database `voicegraph`; only the four service roles (and superusers) may connect;
--   * one LOGIN role per service, vg_<service>, password = role name (a local/dev convention:
--     real deployments create the roles with secret passwords, see k8s/README.md);
--   * one schema per service owned by its role; no role can use another's schema, and nobody
--     may create objects in `public`;
--   * the gateway's role vg_gateway and schema `gateway` (its rate-limit counters only);
--   * statement_timeout: 15 s for each service role, 2 s for the gateway's.
-- Every statement is idempotent, so running it again is harmless.

SELECT 'CREATE DATABASE voicegraph ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'voicegraph')\gexec

DO $$
DECLARE
  svc text;
BEGIN
  FOREACH svc IN ARRAY ARRAY['people', 'consultations', 'governance', 'feedback'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vg_' || svc) THEN
      EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', 'vg_' || svc, 'vg_' || svc);
    END IF;
    EXECUTE format('ALTER ROLE %I IN DATABASE voicegraph SET search_path = %I, public', 'vg_' || svc, svc);
    EXECUTE format('ALTER ROLE %I IN DATABASE voicegraph SET statement_timeout = %L', 'vg_' || svc, '15s');
  END LOOP;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vg_gateway') THEN
    CREATE ROLE vg_gateway LOGIN PASSWORD 'vg_gateway';
  END IF;
  ALTER ROLE vg_gateway IN DATABASE voicegraph SET search_path = gateway, public;
  ALTER ROLE vg_gateway IN DATABASE voicegraph SET statement_timeout = '2s';
END
$$;

REVOKE ALL ON DATABASE voicegraph FROM PUBLIC;
GRANT CONNECT ON DATABASE voicegraph TO vg_people, vg_consultations, vg_governance, vg_feedback, vg_gateway;

\connect voicegraph

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- Lets ORMs generate v4 ids; service roles may not install extensions themselves.
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;

CREATE SCHEMA IF NOT EXISTS people AUTHORIZATION vg_people;
CREATE SCHEMA IF NOT EXISTS consultations AUTHORIZATION vg_consultations;
CREATE SCHEMA IF NOT EXISTS governance AUTHORIZATION vg_governance;
CREATE SCHEMA IF NOT EXISTS feedback AUTHORIZATION vg_feedback;
CREATE SCHEMA IF NOT EXISTS gateway AUTHORIZATION vg_gateway;

REVOKE ALL ON SCHEMA people FROM PUBLIC;
REVOKE ALL ON SCHEMA consultations FROM PUBLIC;
REVOKE ALL ON SCHEMA governance FROM PUBLIC;
REVOKE ALL ON SCHEMA feedback FROM PUBLIC;
REVOKE ALL ON SCHEMA gateway FROM PUBLIC;
