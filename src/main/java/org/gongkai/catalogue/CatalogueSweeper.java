package org.gongkai.catalogue;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scheduled jobs: publishes documents whose scheduled time has come (every minute), and re-scans public
 * documents with the current guard rules every night, recording new findings for editors.
 */
@Component
class CatalogueSweeper {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSweeper.class);

    private final CatalogueService service;

    CatalogueSweeper(CatalogueService service) {
        this.service = service;
    }

    @Scheduled(initialDelayString = "${gongkai.catalogue.sweep-initial-delay:PT30S}", fixedDelayString = "PT1M")
    @SchedulerLock(name = "catalogue-publish-due", lockAtMostFor = "PT5M")
    void publishDue() {
        int published = 0;
        for (Long id : service.dueScheduled()) {
            try {
                if (service.publishIfDue(id)) {
                    published++;
                }
            } catch (RuntimeException e) {
                log.warn("Scheduled publication of document {} failed: {}", id, e.getMessage());
            }
        }
        if (published > 0) {
            log.info("Published {} scheduled documents", published);
        }
    }

    @Scheduled(cron = "${gongkai.catalogue.rescan-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "catalogue-rescan", lockAtMostFor = "PT2H")
    void rescanPublic() {
        rescanAll();
    }

    int rescanAll() {
        int found = 0;
        long after = 0;
        while (true) {
            var ids = service.publicIds(after, 200);
            if (ids.isEmpty()) {
                break;
            }
            for (Long id : ids) {
                found += service.rescanPublic(id);
            }
            after = ids.get(ids.size() - 1);
        }
        if (found > 0) {
            log.info("Re-scan of public documents found {} new findings", found);
        }
        return found;
    }
}
