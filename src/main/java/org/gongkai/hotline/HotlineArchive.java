package org.gongkai.hotline;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/**
 * The hotline in the full export: tickets with their ledger, dispatches, co-units' parts, urgings, callbacks and
 * the sweeper's reminders. The caller's name and
 * phone are written in clear and encrypted again on import.
 */
@Component
class HotlineArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 460;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("hotline_ticket", "id").encrypted("caller_name_enc", "caller_phone_enc",
                        "query_code_enc"),
                ArchiveTable.of("hotline_dispatch", "id"),
                ArchiveTable.of("hotline_event", "id"),
                ArchiveTable.of("hotline_urging", "id"),
                ArchiveTable.of("hotline_callback", "id"),
                ArchiveTable.of("hotline_co_unit", "id"),
                ArchiveTable.of("hotline_reminder", "id"));
    }
}
