package org.gongkai.services.cases.api;

import java.io.InputStream;
import java.util.Map;
import org.gongkai.common.Actor;
import org.gongkai.imports.BoundedInput;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportReplies;
import org.gongkai.imports.Spooled;
import org.gongkai.services.cases.ServiceCaseImport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The historical import of service cases: JSON lines, all or none, answered {@code {"caseNumbers": [...]}} in input
 * order, or 422 {@code IMPORT_FAILED} problem JSON listing every refused line ({@link ImportReplies});
 * {@code Idempotency-Key} makes a retry return the first answer without importing again.
 */
@RestController
class ServiceCaseImportApi {

    static final String ENDPOINT = "POST /api/v1/staff/service-cases/import";
    /** A million lines of about 200 bytes, with room to spare. */
    static final long MAX_BYTES = 400L * 1024 * 1024;

    private final ServiceCaseImport importer;
    private final IdempotencyKeys keys;

    ServiceCaseImportApi(ServiceCaseImport importer, IdempotencyKeys keys) {
        this.importer = importer;
        this.keys = keys;
    }

    @PostMapping(path = StaffServiceCaseApi.PATH + "/import", consumes = {"application/x-ndjson", "application/jsonl",
            "application/json", "text/plain"})
    ResponseEntity<?> importCases(InputStream body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        try (Spooled spooled = Spooled.of(BoundedInput.of(body, MAX_BYTES))) {
            IdempotencyKeys.Claim claim = keys.claim(ENDPOINT, idempotencyKey, spooled.hash());
            ServiceCaseImport.Outcome outcome = claim.run(ServiceCaseImport.Outcome.class,
                    () -> importer.run(Actor.require(), spooled::open, claim));
            if (outcome.imported() == null) {
                return ImportReplies.reply(outcome.report());
            }
            return ResponseEntity.ok(Map.of("caseNumbers", outcome.imported().caseNumbers()));
        }
    }
}
