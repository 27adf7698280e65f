/**
 * Archive. The full export for the system administrator and its import into an empty instance (issue #13, decision
 * 014): one zip of JSON lines per table (`data/<table>.jsonl`, personal data in clear), the stored files
 * (`files/<sha256>`, in clear), the audit log for reference (`audit/*.jsonl`, not imported) and `manifest.json`
 * (schema version, row counts, SHA-256 of every entry). Owns no table; every module contributes its own tables through
 * `ArchiveContribution` (named interface `spi`). API `GET /api/v1/admin/archive` and console `/console/archive` (system administrator, audited, one
 * export at a time); import at start with `gongkai.archive.import-from` (refused unless the instance is empty; bounded:
 * entry names, sizes, compression ratio, checksums, schema version; all or none). Publishes: `ArchiveContribution`,
 * `ArchiveTable`, `ArchiveFiles`, event `ArchiveImported`.
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archive", allowedDependencies = { "common", "audit", "web", "web::menu" })
package org.gongkai.archive;
