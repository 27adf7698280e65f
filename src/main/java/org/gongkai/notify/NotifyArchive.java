package org.gongkai.notify;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/**
 * Notify in the full export: the edited message templates (replacing a fresh instance's), staff members' reminder
 * addresses (in clear in the archive, encrypted again on import) and their in-app inbox. The outbox is not carried.
 */
@Component
class NotifyArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 700;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.replacing("notify_template", "kind"),
                ArchiveTable.of("notify_staff_contact", "staff_id").encrypted("email_enc"),
                ArchiveTable.of("notify_inbox", "id"));
    }
}
