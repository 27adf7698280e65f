package org.gongkai.supervision.bulletins;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/** supbul's tables in the full export: the monthly bulletins (with their frozen figures) and their ledger. */
@Component
class BulletinArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 545;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("supervision_bulletin", "id"),
                ArchiveTable.of("supervision_bulletin_event", "id"));
    }
}
