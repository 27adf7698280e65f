package org.gongkai.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.reports.ReportService.PublishedList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every published annual report, by unit and year: the index of the portal's 政府信息公开年报 (#10). */
@Service
public class PublishedReports {

    private final ReportRepository repository;
    private final UnitDirectory units;

    PublishedReports(ReportRepository repository, UnitDirectory units) {
        this.repository = repository;
        this.units = units;
    }

    /** Units with at least one published report, in the directory's order, each with its years newest first. */
    @Transactional(readOnly = true)
    public List<PublishedList> all() {
        Map<Long, List<Integer>> years = new LinkedHashMap<>();
        for (AnnualReport r : repository.allPublished()) {
            years.computeIfAbsent(r.unitId(), id -> new java.util.ArrayList<>()).add(r.year());
        }
        return units.findAll().stream().filter(u -> years.containsKey(u.id()))
                .map(u -> new PublishedList(u, years.get(u.id()))).toList();
    }
}
