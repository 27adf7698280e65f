package org.gongkai.archive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables no module contributes, and why (decision 014). {@code ArchiveRoundTripTest} fails when the schema has a
 * table that is neither contributed by a module, nor carried for reference, nor listed here: a new table needs a
 * decision. The audit log is carried for reference only: it is read with the archive (SM3 chain, verifiable offline)
 * but never imported, since the importing instance keeps its own unbroken chain and records the import in it.
 */
final class PlatformTables {

    private PlatformTables() {}

    /** Written to {@code audit/<table>.jsonl}, never imported. */
    static final List<String> REFERENCE = List.of("audit_record", "audit_anchor", "audit_chain_head");

    static final Map<String, String> EXCLUDED = excluded();

    private static Map<String, String> excluded() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("flyway_schema_history", "the schema version is in the manifest; the importing instance migrates itself");
        m.put("spring_session", "sign-ins of the old installation");
        m.put("spring_session_attributes", "sign-ins of the old installation");
        m.put("shedlock", "locks of running jobs");
        m.put("event_publication", "delivery state of events; the import rebuilds the index itself");
        m.put("event_publication_archive", "delivery state of events");
        m.put("identity_password_history", "password hashes: secrets of the old installation");
        m.put("identity_recovery_code", "second-factor recovery codes: secrets");
        m.put("identity_api_token", "API tokens: secrets; issue new ones");
        m.put("identity_lockout", "lockouts of the old installation (the audit log keeps them)");
        m.put("imports_idempotency", "idempotency keys of past imports (expire after days)");
        m.put("requests_idempotency", "idempotency keys of past submissions");
        m.put("requests_register_unit_stats", "derived: recomputed by the register's daily job at start");
        m.put("requests_register_decision_stats", "derived: recomputed by the register's daily job at start");
        m.put("notify_outbox", "messages queued or sent by the old installation");
        m.put("search_index_feed", "derived: what each index still has to follow; the importing instance rebuilds its index");
        m.put("rate_limit_bucket", "rate-limit buckets of running instances (expire within minutes)");
        m.put("identity_source_failure", "failed sign-ins per address of the last minutes (the audit log keeps them)");
        return m;
    }

    static boolean known(String table) {
        return REFERENCE.contains(table) || EXCLUDED.containsKey(table) || table.startsWith("bucket4j")
                || table.startsWith("flyway_");
    }
}
