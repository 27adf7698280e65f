package org.gongkai.calendar;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/** The calendar in the full export: the official days as edited here (a fresh instance's shipped days are replaced). */
@Component
class CalendarArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.replacing("calendar_year", "\"year\""),
                ArchiveTable.replacing("calendar_day", "\"day\""));
    }
}
