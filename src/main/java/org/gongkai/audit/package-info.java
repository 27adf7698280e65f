/**
 * Audit. Owns: `audit_record` (SM3 hash chain), `audit_chain_head`, `audit_anchor`; console `/console/audit`, API
 * `/api/v1/audit/**` (audit admin only); refusals aggregated per key and minute into counted `REFUSED` records
 * (decision 006). Publishes: `AuditLog`, `RefusalLog`.
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = { "common", "web", "web::menu" })
package org.gongkai.audit;
