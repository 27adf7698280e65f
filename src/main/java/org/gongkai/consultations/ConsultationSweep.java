package org.gongkai.consultations;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens scheduled consultations on their opening date and closes open ones the day after their closing date, daily
 * after midnight and once across the cluster (ShedLock {@code consultation-sweep}), each consultation in a command of
 * its own ({@link ConsultationCommands.OpenConsultation}, {@link ConsultationCommands.CloseConsultation}: audited as
 * the system, recorded in the ledger, events published); one that fails is logged and the others still go.
 */
@Component
class ConsultationSweep {

    private static final Logger log = LoggerFactory.getLogger(ConsultationSweep.class);

    record Result(int opened, int closed, int failed) {}

    private final ConsultationRepository repository;
    private final CommandDispatcher commands;
    private final Clock clock;

    ConsultationSweep(ConsultationRepository repository, CommandDispatcher commands, Clock clock) {
        this.repository = repository;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(cron = "${gongkai.consultations.sweep-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "consultation-sweep", lockAtMostFor = "PT30M")
    void scheduled() {
        Result r = sweep(LocalDate.now(clock.withZone(TimeConfiguration.ZONE)));
        if (r.opened() + r.closed() + r.failed() > 0) {
            log.info("consultation sweep: {} opened, {} closed, {} skipped", r.opened(), r.closed(), r.failed());
        }
    }

    /** Opens and closes what is due on {@code today} (the clock's date; commands check it again). */
    Result sweep(LocalDate today) {
        int opened = 0;
        int closed = 0;
        int failed = 0;
        for (long id : repository.dueToOpen(today)) {
            try {
                commands.dispatchAsSystem(new ConsultationCommands.OpenConsultation(id));
                opened++;
            } catch (GongkaiException e) {
                failed++;
                log.warn("consultation sweep: {} not opened ({})", id, e.getMessage());
            }
        }
        for (long id : repository.dueToClose(today)) {
            try {
                commands.dispatchAsSystem(new ConsultationCommands.CloseConsultation(id));
                closed++;
            } catch (GongkaiException e) {
                failed++;
                log.warn("consultation sweep: {} not closed ({})", id, e.getMessage());
            }
        }
        return new Result(opened, closed, failed);
    }
}
