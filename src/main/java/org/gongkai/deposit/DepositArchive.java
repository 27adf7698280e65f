package org.gongkai.deposit;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/**
 * The transfer packages' records and deliveries in the full export. The zip files themselves stay under the data
 * directory (they are rebuilt from the catalogue on demand); a package whose file is missing answers "not found".
 */
@Component
class DepositArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 1700;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("deposit_package", "id"), ArchiveTable.of("deposit_delivery", "id"));
    }
}
