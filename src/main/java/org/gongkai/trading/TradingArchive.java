package org.gongkai.trading;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/**
 * Trading in the full export: projects and bidders, the specialty list, the expert pool with its lists, draws and
 * declines, ratings of experts per project, and the notices (their documents are the catalogue's). ID numbers, phones
 * and draw seeds are written in clear and encrypted again on import.
 */
@Component
class TradingArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 470;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("trading_project", "id"),
                ArchiveTable.of("trading_bidder", "project_id, position"),
                ArchiveTable.of("trading_specialty", "code"),
                ArchiveTable.of("trading_expert", "id").encrypted("id_number_enc", "phone_enc"),
                ArchiveTable.of("trading_expert_specialty", "expert_pk, specialty_code"),
                ArchiveTable.of("trading_expert_former_employer", "expert_pk, employer_code, until_on"),
                ArchiveTable.of("trading_expert_conflict", "expert_pk, party_code, kind"),
                ArchiveTable.of("trading_draw", "id").encrypted("seed_enc"),
                ArchiveTable.of("trading_draw_decline", "draw_pk, expert_id"),
                ArchiveTable.of("trading_expert_rating", "id"),
                ArchiveTable.of("trading_notice", "id"));
    }
}
