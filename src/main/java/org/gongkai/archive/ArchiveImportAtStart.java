package org.gongkai.archive;

import org.gongkai.common.GongkaiException;
import org.gongkai.common.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * {@code --gongkai.archive.import-from=export.zip}: imports the archive while the application starts, before it takes
 * requests, into this instance, which must be empty (start it on a new database with {@code gongkai.demo=false}). An
 * empty instance has no administrator who could upload it, hence a start-up option rather than an endpoint. A refusal
 * prints its problem JSON (stable {@code code}, Chinese {@code detail}) and stops the start with a non-zero exit.
 */
@Component
class ArchiveImportAtStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ArchiveImportAtStart.class);

    private final ArchiveImport importer;
    private final ArchiveProperties properties;

    ArchiveImportAtStart(ArchiveImport importer, ArchiveProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.importFrom() == null) {
            return;
        }
        try {
            ArchiveImport.Result result = importer.importFrom(properties.importFrom());
            log.info("imported {}: {} tables, {} files (archive SHA-256 {})", properties.importFrom(),
                    result.rows().size(), result.files(), result.archiveSha256());
        } catch (GongkaiException e) {
            var problem = Problems.of(e);
            log.error("导入失败 {\"code\":\"{}\",\"status\":{},\"title\":\"{}\",\"detail\":\"{}\"}", e.code().name(),
                    problem.getStatus(), problem.getTitle(), problem.getDetail());
            throw new IllegalStateException("archive import refused: " + e.code().name() + " " + e.getMessage(), e);
        }
    }
}
