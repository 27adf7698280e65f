package org.gongkai.services;

import java.util.List;
import java.util.Map;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.gongkai.services.cases.CaseNumbers;
import org.springframework.stereotype.Component;

/**
 * Services in the full export: stations, items with materials, offerings and versions, cases with their clock
 * ledger, materials checks and opinions, ratings and rectifications. Personal data is written in clear and encrypted
 * again on import; the blind index of the applicant's identity and the query-code hash are computed again with the
 * importing instance's key (imported historical cases have no stored query code: their hash cannot be recomputed, and
 * nobody holds their code).
 */
@Component
class ServicesArchive implements ArchiveContribution {

    private final CaseNumbers numbers;

    ServicesArchive(CaseNumbers numbers) {
        this.numbers = numbers;
    }

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
                        "applicant_email_enc", "query_code_enc").onImport(this::reindex),
                ArchiveTable.of("services_case_event", "id"),
                ArchiveTable.of("services_case_counter", "case_day"),
                ArchiveTable.of("services_case_material", "id"),
                ArchiveTable.of("services_opinion", "id"),
                ArchiveTable.of("services_rating", "id"),
                ArchiveTable.of("services_rectification", "id"));
    }

    private void reindex(Map<String, Object> row) {
        Object id = row.get("applicant_id_enc");
        row.put("applicant_id_index", numbers.identityIndex(id == null ? null : id.toString()));
        Object code = row.get("query_code_enc");
        if (code != null && row.get("case_number") != null) {
            row.put("query_code_hash", numbers.queryCodeHash(row.get("case_number").toString(), code.toString()));
        }
    }
}
