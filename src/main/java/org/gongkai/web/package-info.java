/**
 * Web. Owns: layouts (`layout/portal`, `layout/console`), portal home and section pages, the console home as the
 * officer's workbench (工作台: to-do counts contributed by the modules through `WorkbenchContribution`), 适老化 display
 * modes (`/preferences`, cookie), the one error handler (`ErrorHandling`: problem JSON under `/api/**`, Chinese
 * error pages elsewhere), `FormErrors`; the form fragments (`layout/form`: field, plain, action, summary, refused,
 * notices) with `FormFields` and `FailedAction` (a refused action form's typed values and reason); the
 * client-address filter (forwarded headers only from `gongkai.network.trusted-proxies`) and the site address
 * (`gongkai.portal.base-url`). Publishes: `SiteAddress`, `FormErrors`, `FormFields`, `FailedAction`, `UnitNames` (SPI), `ConsoleMenuContribution`
 * and `WorkbenchContribution` (SPIs), `Layout.mayOpen` (a console link only when the access rules admit the user).
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = { "common" })
package org.gongkai.web;
