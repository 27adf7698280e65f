/**
 * Identity. Owns: `identity_account`, `identity_password_history`, `identity_recovery_code`, `identity_api_token`;
 * both security filter chains; login, TOTP, password and token pages; rate limiting; demo accounts and
 * `demo-credentials.json`. Publishes: the `Actor` principal in the security context.
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = { "archive::spi", "common", "audit", "organisation", "web", "organisation::events", "web::menu" })
package org.gongkai.identity;
