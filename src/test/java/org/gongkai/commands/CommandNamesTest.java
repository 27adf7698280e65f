package org.gongkai.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandNamesTest {

    record DecideRequest() {}

    record SubmitDocument() {}

    record RecordHTTPFee() {}

    @Test
    void theAuditActionIsTheCommandNameInUpperSnakeCase() {
        assertThat(CommandNames.auditAction(DecideRequest.class)).isEqualTo("DECIDE_REQUEST");
        assertThat(CommandNames.auditAction(SubmitDocument.class)).isEqualTo("SUBMIT_DOCUMENT");
        assertThat(CommandNames.auditAction(RecordHTTPFee.class)).isEqualTo("RECORD_HTTP_FEE");
    }
}
