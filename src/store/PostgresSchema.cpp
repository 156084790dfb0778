// The team store's schema, version by version (docs/store.md, "What the database refuses itself").
#include "PostgresSchema.h"

namespace cockpit::teamschema {

const QList<Migration>& migrations()
{
    static const QList<Migration> list{
        {1,
         {
             QStringLiteral("CREATE SCHEMA IF NOT EXISTS rollout_cockpit"),
             QStringLiteral("CREATE TABLE rollout_cockpit.meta (key text PRIMARY KEY, value text NOT NULL)"),
             QStringLiteral("INSERT INTO rollout_cockpit.meta VALUES ('application', 'rollout-cockpit'), "
                            "('schema_version', '0')"),
             QStringLiteral("CREATE TABLE rollout_cockpit.rollouts ("
                            " id bigserial PRIMARY KEY,"
                            " runbook_id text NOT NULL UNIQUE,"
                            " title text NOT NULL,"
                            " created_at text NOT NULL,"
                            " created_by text NOT NULL)"),
             QStringLiteral("CREATE TABLE rollout_cockpit.checklist_state ("
                            " rollout_id bigint NOT NULL REFERENCES rollout_cockpit.rollouts(id),"
                            " item_id text NOT NULL,"
                            " status text NOT NULL CHECK (status IN ('open', 'done', 'not_applicable', 'blocked')),"
                            " changed_by text NOT NULL,"
                            " changed_at text NOT NULL,"
                            " note text NOT NULL DEFAULT '',"
                            " evidence text NOT NULL DEFAULT '',"
                            " version integer NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (rollout_id, item_id))"),
             QStringLiteral("CREATE SEQUENCE rollout_cockpit.audit_log_id_seq"),
             QStringLiteral("CREATE TABLE rollout_cockpit.audit_log ("
                            " id bigint PRIMARY KEY,"
                            " rollout_id bigint NOT NULL REFERENCES rollout_cockpit.rollouts(id),"
                            " at text NOT NULL,"
                            " actor text NOT NULL,"
                            " entity text NOT NULL,"
                            " entity_id text NOT NULL,"
                            " field text NOT NULL,"
                            " old_value text,"
                            " new_value text,"
                            " change_id text,"
                            " origin text NOT NULL DEFAULT 'edit' CHECK (origin IN ('edit', 'undo', 'redo')),"
                            " reverses text,"
                            " comment text NOT NULL DEFAULT '',"
                            " prev_hash text NOT NULL UNIQUE,"
                            " hash text NOT NULL UNIQUE)"),
             QStringLiteral(
                 "CREATE INDEX audit_log_entity ON rollout_cockpit.audit_log (rollout_id, entity, entity_id)"),
             QStringLiteral("CREATE TABLE rollout_cockpit.check_results ("
                            " id bigserial PRIMARY KEY,"
                            " rollout_id bigint NOT NULL REFERENCES rollout_cockpit.rollouts(id),"
                            " run_id text NOT NULL,"
                            " profile text NOT NULL,"
                            " item_id text NOT NULL,"
                            " classification text NOT NULL,"
                            " status text NOT NULL CHECK (status IN ('pass', 'warn', 'fail', 'unknown', 'manual')),"
                            " observed text NOT NULL,"
                            " expected text NOT NULL,"
                            " source text NOT NULL,"
                            " evidence text NOT NULL,"
                            " checked_at text NOT NULL,"
                            " duration_ms bigint NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX check_results_item ON rollout_cockpit.check_results (rollout_id, item_id, id)"),
             QStringLiteral("CREATE TABLE rollout_cockpit.approval_grants ("
                            " db_role name NOT NULL,"
                            " approval_role text NOT NULL,"
                            " granted_by name NOT NULL DEFAULT current_user,"
                            " granted_at timestamptz NOT NULL DEFAULT now(),"
                            " PRIMARY KEY (db_role, approval_role))"),
             // Past records are never updated or deleted, whoever asks (a superuser who
             // disables the triggers is caught by the hash chain instead).
             QStringLiteral("CREATE FUNCTION rollout_cockpit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                            "BEGIN RAISE EXCEPTION '% is append-only: records are never changed or removed', "
                            "TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$"),
             QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON rollout_cockpit.audit_log "
                            "FOR EACH ROW EXECUTE FUNCTION rollout_cockpit.refuse_change()"),
             QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON rollout_cockpit.audit_log "
                            "FOR EACH STATEMENT EXECUTE FUNCTION rollout_cockpit.refuse_change()"),
             QStringLiteral(
                 "CREATE TRIGGER check_results_append_only BEFORE UPDATE OR DELETE ON "
                 "rollout_cockpit.check_results FOR EACH ROW EXECUTE FUNCTION rollout_cockpit.refuse_change()"),
             // A record's time is the writer's clock: it must be close to the server's.
             QStringLiteral(
                 "CREATE FUNCTION rollout_cockpit.check_time() RETURNS trigger LANGUAGE plpgsql AS $$ "
                 "BEGIN IF abs(extract(epoch FROM (NEW.at::timestamptz - now()))) > 300 THEN "
                 "RAISE EXCEPTION 'the record''s time % is more than 5 minutes from the server''s clock', NEW.at "
                 "USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$"),
             QStringLiteral("CREATE TRIGGER audit_log_time BEFORE INSERT ON rollout_cockpit.audit_log "
                            "FOR EACH ROW EXECUTE FUNCTION rollout_cockpit.check_time()"),
             // Every commit is announced to every cockpit listening.
             QStringLiteral("CREATE FUNCTION rollout_cockpit.announce() RETURNS trigger LANGUAGE plpgsql AS $$ "
                            "BEGIN PERFORM pg_notify('rollout_cockpit_changes', TG_TABLE_NAME); RETURN NULL; END $$"),
             QStringLiteral("CREATE TRIGGER audit_log_announce AFTER INSERT ON rollout_cockpit.audit_log "
                            "FOR EACH STATEMENT EXECUTE FUNCTION rollout_cockpit.announce()"),
             QStringLiteral(
                 "CREATE TRIGGER checklist_state_announce AFTER INSERT OR UPDATE ON rollout_cockpit.checklist_state "
                 "FOR EACH STATEMENT EXECUTE FUNCTION rollout_cockpit.announce()"),
             QStringLiteral("CREATE TRIGGER check_results_announce AFTER INSERT ON rollout_cockpit.check_results "
                            "FOR EACH STATEMENT EXECUTE FUNCTION rollout_cockpit.announce()"),
             // Row-level security, for the owner too: a record names its writer; a sign-off, a
             // record field or an override needs a grant.
             QStringLiteral("ALTER TABLE rollout_cockpit.audit_log ENABLE ROW LEVEL SECURITY"),
             QStringLiteral("ALTER TABLE rollout_cockpit.audit_log FORCE ROW LEVEL SECURITY"),
             QStringLiteral("CREATE POLICY audit_log_read ON rollout_cockpit.audit_log FOR SELECT USING (true)"),
             // Rows visible to UPDATE and DELETE, so that the trigger refuses them loudly rather
             // than the policy hiding them (which would report "0 rows" and look like success).
             QStringLiteral("CREATE POLICY audit_log_update ON rollout_cockpit.audit_log FOR UPDATE USING (true)"),
             QStringLiteral("CREATE POLICY audit_log_delete ON rollout_cockpit.audit_log FOR DELETE USING (true)"),
             QStringLiteral("CREATE POLICY audit_log_append ON rollout_cockpit.audit_log FOR INSERT WITH CHECK ("
                            " actor = current_user"
                            " AND (entity <> 'approval' OR EXISTS (SELECT 1 FROM rollout_cockpit.approval_grants g"
                            "      WHERE g.db_role = current_user AND g.approval_role = entity_id))"
                            " AND (entity NOT IN ('approval_record', 'gate') OR EXISTS (SELECT 1 FROM"
                            "      rollout_cockpit.approval_grants g WHERE g.db_role = current_user)))"),
             QStringLiteral("ALTER TABLE rollout_cockpit.checklist_state ENABLE ROW LEVEL SECURITY"),
             QStringLiteral("ALTER TABLE rollout_cockpit.checklist_state FORCE ROW LEVEL SECURITY"),
             QStringLiteral(
                 "CREATE POLICY checklist_state_read ON rollout_cockpit.checklist_state FOR SELECT USING (true)"),
             QStringLiteral("CREATE POLICY checklist_state_insert ON rollout_cockpit.checklist_state FOR INSERT "
                            "WITH CHECK (changed_by = current_user)"),
             QStringLiteral("CREATE POLICY checklist_state_update ON rollout_cockpit.checklist_state FOR UPDATE "
                            "USING (true) WITH CHECK (changed_by = current_user)"),
             QStringLiteral("ALTER TABLE rollout_cockpit.rollouts ENABLE ROW LEVEL SECURITY"),
             QStringLiteral("ALTER TABLE rollout_cockpit.rollouts FORCE ROW LEVEL SECURITY"),
             QStringLiteral("CREATE POLICY rollouts_read ON rollout_cockpit.rollouts FOR SELECT USING (true)"),
             QStringLiteral("CREATE POLICY rollouts_insert ON rollout_cockpit.rollouts FOR INSERT "
                            "WITH CHECK (created_by = current_user)"),
             // Whoever may connect to the database may use the store; what they may write, the
             // policies say. The grants table is the owner's alone to change.
             QStringLiteral("GRANT USAGE ON SCHEMA rollout_cockpit TO PUBLIC"),
             QStringLiteral("GRANT SELECT ON rollout_cockpit.meta, rollout_cockpit.approval_grants TO PUBLIC"),
             QStringLiteral("GRANT SELECT, INSERT ON rollout_cockpit.rollouts, rollout_cockpit.audit_log, "
                            "rollout_cockpit.check_results TO PUBLIC"),
             QStringLiteral("GRANT SELECT, INSERT, UPDATE ON rollout_cockpit.checklist_state TO PUBLIC"),
             QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA rollout_cockpit TO PUBLIC"),
         }},
        // Version 2: the migration's lock, a lease one operator holds at a time.
        {2,
         {
             QStringLiteral("CREATE TABLE rollout_cockpit.migration_lock ("
                            " rollout_id bigint PRIMARY KEY REFERENCES rollout_cockpit.rollouts(id),"
                            " holder text NOT NULL,"
                            " token text NOT NULL,"
                            " expires_at text NOT NULL)"),
             QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON rollout_cockpit.migration_lock TO PUBLIC"),
         }},
        // Version 3: the watch's history, one row per metric and minute (downsampled).
        {3,
         {
             QStringLiteral("CREATE TABLE rollout_cockpit.metric_history ("
                            " rollout_id bigint NOT NULL REFERENCES rollout_cockpit.rollouts(id),"
                            " metric text NOT NULL,"
                            " bucket_ms bigint NOT NULL,"
                            " minimum double precision NOT NULL,"
                            " maximum double precision NOT NULL,"
                            " last double precision NOT NULL,"
                            " samples integer NOT NULL,"
                            " PRIMARY KEY (rollout_id, metric, bucket_ms))"),
             QStringLiteral("GRANT SELECT, INSERT, UPDATE ON rollout_cockpit.metric_history TO PUBLIC"),
         }},
        // Version 4: the schema, its tables, sequences and functions owned by a NOLOGIN role, so
        // that the role that set the store up does not hold ownership in daily work (an owner can
        // always disable the append-only triggers). The setup role keeps what it needs: managing
        // the approval grants. It becomes a member of the owner role only for the duration of this
        // transaction (it needs CREATEROLE for that, or is a superuser).
        {4,
         {
             QStringLiteral(
                 "DO $$ DECLARE"
                 "  setup name := current_user;"
                 "  granted boolean := false;"
                 "  r record;"
                 " BEGIN"
                 "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rollout_cockpit_owner') THEN"
                 // Two team stores of one cluster set up at once: the second finds the role made.
                 "   BEGIN CREATE ROLE rollout_cockpit_owner NOLOGIN;"
                 "   EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;"
                 "  END IF;"
                 "  IF NOT pg_has_role(setup, 'rollout_cockpit_owner', 'MEMBER') THEN"
                 "   EXECUTE format('GRANT rollout_cockpit_owner TO %I', setup);"
                 "   granted := true;"
                 "  END IF;"
                 "  EXECUTE format('GRANT CREATE ON DATABASE %I TO rollout_cockpit_owner', current_database());"
                 "  ALTER SCHEMA rollout_cockpit OWNER TO rollout_cockpit_owner;"
                 "  FOR r IN SELECT c.oid, c.relkind FROM pg_class c"
                 "   WHERE c.relnamespace = 'rollout_cockpit'::regnamespace AND c.relkind IN ('r', 'S')"
                 "   ORDER BY c.relkind = 'S', c.relname LOOP"
                 // A sequence that belongs to a table went with its table.
                 "   IF (SELECT relowner FROM pg_class WHERE oid = r.oid) <> 'rollout_cockpit_owner'::regrole THEN"
                 "    EXECUTE format('ALTER %s %s OWNER TO rollout_cockpit_owner',"
                 "     CASE r.relkind WHEN 'r' THEN 'TABLE' ELSE 'SEQUENCE' END, r.oid::regclass);"
                 "   END IF;"
                 "  END LOOP;"
                 "  FOR r IN SELECT p.oid FROM pg_proc p WHERE p.pronamespace = 'rollout_cockpit'::regnamespace LOOP"
                 "   EXECUTE format('ALTER FUNCTION %s OWNER TO rollout_cockpit_owner', r.oid::regprocedure);"
                 "  END LOOP;"
                 "  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON rollout_cockpit.approval_grants TO %I',"
                 "   setup);"
                 "  IF granted THEN"
                 "   EXECUTE format('REVOKE rollout_cockpit_owner FROM %I', setup);"
                 "  END IF;"
                 " END $$"),
         }},
    };
    return list;
}

} // namespace cockpit::teamschema
