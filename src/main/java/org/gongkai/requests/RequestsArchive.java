package org.gongkai.requests;

import java.util.List;
import java.util.Map;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/**
 * Requests in the full export: every request with its clock ledger (events), notes, attachments, reviews and
 * reminders; the letter templates (replacing a fresh instance's defaults) and the register switches. The applicant's
 * identity number, phone, e-mail, address and access code are written in clear and encrypted again on import; the
 * blind index of the identity number and the access-code hash are computed again with the importing instance's key
 * (requests from before the access code was stored encrypted keep a hash the new key cannot match: their applicants
 * ask the office for a new code).
 */
@Component
class RequestsArchive implements ArchiveContribution {

    private final RequestRepository requests;
    private final RequestIntake intake;

    RequestsArchive(RequestRepository requests, RequestIntake intake) {
        this.requests = requests;
        this.intake = intake;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("requests_request", "id").encrypted("applicant_id_enc", "applicant_phone_enc",
                        "applicant_email_enc", "applicant_address_enc", "access_code_enc").onImport(this::reindex),
                ArchiveTable.of("requests_event", "id"),
                ArchiveTable.of("requests_note", "id"),
                ArchiveTable.of("requests_attachment", "id"),
                ArchiveTable.of("requests_review", "id"),
                ArchiveTable.of("requests_reminder", "id"),
                ArchiveTable.replacing("requests_letter_template", "template_key"),
                ArchiveTable.of("requests_register_unit", "unit_id"));
    }

    private void reindex(Map<String, Object> row) {
        Object id = row.get("applicant_id_enc");
        row.put("applicant_id_index", requests.identityIndex(id == null ? null : id.toString()));
        Object code = row.get("access_code_enc");
        if (code != null && row.get("tracking_number") != null) {
            row.put("access_code_hash", intake.accessCodeHash(row.get("tracking_number").toString(), code.toString()));
        }
    }
}
