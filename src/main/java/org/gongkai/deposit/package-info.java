/**
 * Deposit (移交, issue #16). Owns: `deposit_package`, `deposit_delivery`; the periodic transfer package for the
 * archives and libraries — every document the county's units published in the period with its metadata, versions and
 * attachments, and the annual reports published in it, as a BagIt bag (RFC 8500) zipped under `<data-dir>/deposit` —
 * built monthly (ShedLock) and on demand by the system administrator; console `/console/deposit/**`, where a
 * receiving institution's account (`PACKAGE_RECEIVER`) lists and downloads only its own packages, every download
 * recorded and audited. Publishes: `TransferPackages`.
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deposit",
        allowedDependencies = { "archive::spi", "audit", "catalogue", "common", "files", "organisation", "reports",
            "web", "web::menu" })
package org.gongkai.deposit;
