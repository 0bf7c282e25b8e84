#if PostgreSQL
/// What `csdash db init` creates: a table per file (`TableLayout`), the file's header as it was
/// pushed (so that a folder comes back with its columns in their order), the audit log, the
/// schema's version for later migrations, and the two roles. Editors change returns and
/// payments and add audit rows (never change or remove one); viewers only read.
enum DatabaseSchema {
    static let version = 1
    /// The channel every committed change is announced on (LISTEN/NOTIFY).
    static let changesChannel = "csdash_changes"

    static var statements: [String] {
        var statements = [
            "CREATE TABLE schema_version (version integer NOT NULL)",
            "INSERT INTO schema_version (version) VALUES (\(version))",
            "CREATE TABLE csdash_headers (table_name text PRIMARY KEY, columns text[] NOT NULL)",
        ]
        statements += TableLayout.all.map(\.createStatement)
        statements.append("""
            CREATE TABLE audit (id bigserial PRIMARY KEY, "time" text NOT NULL, "user" text NOT NULL, command text NOT NULL,
              file text NOT NULL, key text NOT NULL, field text NOT NULL, old text NOT NULL, new text NOT NULL)
            """)
        statements.append("""
            DO $$ BEGIN
              BEGIN CREATE ROLE csdash_editor NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
              BEGIN CREATE ROLE csdash_viewer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
            END $$
            """)
        let tables = ["schema_version", "csdash_headers", "audit"] + TableLayout.all.map(\.table)
        statements.append("GRANT SELECT ON \(tables.joined(separator: ", ")) TO csdash_viewer, csdash_editor")
        statements.append("GRANT INSERT, UPDATE, DELETE ON returns, payments TO csdash_editor")
        statements.append("GRANT INSERT ON audit TO csdash_editor")
        statements.append("GRANT USAGE ON SEQUENCE audit_id_seq TO csdash_editor")
        return statements
    }
}
#endif
