-- The database and roles of a pcrecords server (docs/server.md): run once by an administrator, as PostgreSQL's
-- superuser, before the first connection; running it again is harmless (after an upgrade, to change the password).
--
--   sudo -u postgres psql -v db=pcrecords -v admin=alice -f server-roles.sql
--
-- Variables (psql -v NAME=VALUE):
--   db            the database to create or take over (default: pcrecords)
--   app_password  the password of pcrecords_app, the role the programs sign in with; asked for when not given,
--                 so it need not appear in the shell's history or the process list
--   admin         optional: an existing login role that may create and upgrade the schema (SET ROLE
--                 pcrecords_owner); the superuser can always do so

-- A half-applied script would leave privileges nobody meant: stop at the first error.
\set ON_ERROR_STOP on

\if :{?db}
\else
  \set db pcrecords
\endif
\if :{?app_password}
\else
  \prompt 'Password for pcrecords_app: ' app_password
\endif

-- The owner of every table, index, sequence and trigger. It cannot sign in: the schema is created and
-- upgraded by an administrator acting as it (SET ROLE pcrecords_owner), never by the everyday connections,
-- so the role the programs use can never drop or rewrite a table, nor the audit trail's triggers.
SELECT 'CREATE ROLE pcrecords_owner NOLOGIN'
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pcrecords_owner') \gexec
ALTER ROLE pcrecords_owner NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;

-- The role the app and the command line sign in with (the user in the postgresql:// URI). It is deliberately
-- not a member of pcrecords_owner: a member could SET ROLE to the owner and so undo every limit below.
SELECT 'CREATE ROLE pcrecords_app LOGIN'
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pcrecords_app') \gexec
-- Stored as a SCRAM-SHA-256 verifier (PostgreSQL 15's default password_encryption), never as the password.
ALTER ROLE pcrecords_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'app_password';

-- The administrator who upgrades the schema needs the owner's rights, and gets them only by membership.
\if :{?admin}
  GRANT pcrecords_owner TO :"admin";
\endif

-- The database belongs to the owner. Created here when missing; an existing one (made by createdb) is taken over.
SELECT format('CREATE DATABASE %I OWNER pcrecords_owner ENCODING ''UTF8'' TEMPLATE template0', :'db')
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
ALTER DATABASE :"db" OWNER TO pcrecords_owner;

-- Only the pcrecords roles connect: PostgreSQL lets every role connect to a new database unless told not to.
-- TEMPORARY: the programs may stage a large import or a move in temporary tables.
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO pcrecords_app;

-- In this database the administrator acts as the owner from the moment they connect, so the tables pcrecords
-- creates (`init`, `migrate`) and upgrades are the owner's, not theirs.
\if :{?admin}
  ALTER ROLE :"admin" IN DATABASE :"db" SET role = 'pcrecords_owner';
\endif

\connect :"db"
-- The rest is the superuser's to do, even when it is the administrator named above (who acts as the owner here).
SET ROLE NONE;

-- The tables live in the public schema, which the owner owns. Nobody else may create objects in it
-- (PostgreSQL 15 already refuses that by default; older servers let every role create there), and the
-- programs' role may use what is in it.
ALTER SCHEMA public OWNER TO pcrecords_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pcrecords_app;

-- Tables the owner creates from now on (the program's migrations, version by version) can be read and
-- changed by the programs' role, and its sequences (numbers for new rows) used.
ALTER DEFAULT PRIVILEGES FOR ROLE pcrecords_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pcrecords_app;
ALTER DEFAULT PRIVILEGES FOR ROLE pcrecords_owner IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO pcrecords_app;

-- The audit trail is append-only: the programs' role may read it and add to it, never change, remove or
-- empty it. Default privileges cannot single out one table, and audit_log is created by the program's
-- migrations, usually after this script has run; so an event trigger takes UPDATE, DELETE and TRUNCATE on
-- audit_log away from pcrecords_app whenever a table is created or altered, or privileges are granted, in this
-- database: whoever creates the table and whenever, the programs' role never holds those privileges on it.
-- (The program's migrations also put a trigger on audit_log itself that refuses UPDATE and DELETE.)
-- It lives in its own schema, owned by the superuser, so neither pcrecords role can replace or drop it.
CREATE SCHEMA IF NOT EXISTS pcrecords_admin;
REVOKE ALL ON SCHEMA pcrecords_admin FROM PUBLIC;

-- SECURITY DEFINER: the revoke has to work whoever ran the command that fired it. It takes no arguments and
-- names everything with its schema, so it does nothing but this revoke.
CREATE OR REPLACE FUNCTION pcrecords_admin.keep_audit_log_append_only() RETURNS event_trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
  audit_table regclass;
BEGIN
  FOR audit_table IN
    SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relname = 'audit_log' AND c.relkind IN ('r', 'p') AND n.nspname = 'public'
  LOOP
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %s FROM pcrecords_app', audit_table);
  END LOOP;
END
$$;
REVOKE ALL ON FUNCTION pcrecords_admin.keep_audit_log_append_only() FROM PUBLIC;

-- The commands after which the privileges may have changed. REVOKE is not among them, so the function's own
-- REVOKE does not fire it again.
DROP EVENT TRIGGER IF EXISTS pcrecords_audit_log_append_only;
CREATE EVENT TRIGGER pcrecords_audit_log_append_only ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE', 'CREATE TABLE AS', 'ALTER TABLE', 'GRANT', 'ALTER DEFAULT PRIVILEGES')
  EXECUTE FUNCTION pcrecords_admin.keep_audit_log_append_only();

-- A database that already holds the schema (this script run again after an upgrade, or after a move): the
-- same grants on what exists now. The GRANT fires the event trigger, which takes the audit trail's back.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pcrecords_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO pcrecords_app;
