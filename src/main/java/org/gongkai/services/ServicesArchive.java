package org.gongkai.services;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/**
 * Services in the full export: stations, items with materials, offerings and versions, cases with their clock
 * ledger, materials checks and opinions, ratings and rectifications. Personal data is written in clear and encrypted
 * again on import.
 */
@Component
class ServicesArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 450;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("services_station", "id"),
                ArchiveTable.of("services_item", "id"),
                ArchiveTable.of("services_item_material", "id"),
                ArchiveTable.of("services_item_offering", "id"),
                ArchiveTable.of("services_item_version", "id"),
                ArchiveTable.of("services_case", "id").encrypted("applicant_id_enc", "applicant_phone_enc",
                        "applicant_email_enc", "query_code_enc"),
                ArchiveTable.of("services_case_event", "id"),
                ArchiveTable.of("services_case_material", "id"),
                ArchiveTable.of("services_opinion", "id"),
                ArchiveTable.of("services_rating", "id"),
                ArchiveTable.of("services_rectification", "id"));
    }
}
