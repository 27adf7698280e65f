package org.gongkai.catalogue;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/**
 * The catalogue in the full export: every document in every state with its published versions (备案), attachments,
 * index-number sequences (so new 索引号 continue), the interpretations' parts (working and published copies) and the
 * personal-data guard's findings (masked values only).
 */
@Component
class CatalogueArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 300;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("catalogue_document", "id"),
                ArchiveTable.of("catalogue_version", "id"),
                ArchiveTable.of("catalogue_attachment", "id"),
                ArchiveTable.of("catalogue_index_sequence", "unit_id, seq_period"),
                ArchiveTable.of("catalogue_finding", "id"),
                ArchiveTable.of("catalogue_module_draft", "document_id"),
                ArchiveTable.of("catalogue_interpretation_part", "id"));
    }
}
