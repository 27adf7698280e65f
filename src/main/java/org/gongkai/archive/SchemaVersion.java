package org.gongkai.archive;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The database schema's version: the newest applied Flyway migration (e.g. {@code 40.1}). */
@Component
class SchemaVersion {

    private final ObjectProvider<Flyway> flyway;

    SchemaVersion(ObjectProvider<Flyway> flyway) {
        this.flyway = flyway;
    }

    String current() {
        Flyway f = flyway.getIfAvailable();
        MigrationInfo info = f == null ? null : f.info().current();
        return info == null || info.getVersion() == null ? "unknown" : info.getVersion().getVersion();
    }
}
