package org.gongkai.supervision.inspections;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.supervision.inspections.InspectionCommands.RunPatrol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run of the automatic patrol ({@link Patrol}), once across the cluster (ShedLock
 * {@code supervision-patrol}), as the system through the dispatcher (audited as {@code RUN_PATROL}).
 */
@Component
class PatrolJob {

    private static final Logger log = LoggerFactory.getLogger(PatrolJob.class);

    private final CommandDispatcher commands;

    PatrolJob(CommandDispatcher commands) {
        this.commands = commands;
    }

    @Scheduled(cron = "${gongkai.supervision.patrol.cron:0 10 7 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "supervision-patrol", lockAtMostFor = "PT1H")
    void scheduled() {
        PatrolRun r = commands.dispatchAsSystem(new RunPatrol());
        log.info("supervision patrol {}: {} new findings, {} already listed", r.inspectionNumber(), r.total(),
                r.alreadyListed());
    }
}
