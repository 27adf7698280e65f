/**
 * Organisation. Owns: `org_region`, `org_unit`, `org_staff` (mobile SM4-encrypted), `org_membership`,
 * `org_staff_role`, `org_reading_place` (查阅点, shown on the portal and in every guide); console `/console/organisation/**`; CSV/XLSX import; demo county; external issuers (外部发布机关:
 * outside the county's tree, no staff; `UnitChecks`); public `GET /api/v1/units`, staff API `/api/v1/staff/**`.
 * Publishes: `UnitDirectory` (incl. data scope `visibleUnits`), `StaffDirectory`, `CreditCodes`/`@CreditCode`,
 * `ExternalIssuers` (find or create one as the system), `ReadingPlaces`, event `DemoCountyLoaded`.
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation",
        allowedDependencies = { "archive::spi", "common", "audit", "imports", "web", "web::menu", "web::spi" })
package org.gongkai.organisation;
