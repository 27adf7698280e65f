package org.gongkai.services.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.services.cases.ServiceCaseCommands.CaseCommand;
import org.springframework.stereotype.Component;

/**
 * What every case command handler shares: loading the case within the actor's scope (others get 404), running one
 * transition of the aggregate (which checks the lifecycle and the dates), saving it with its new ledger events.
 */
@Component
class CaseActions {

    final ServiceCaseRepository repository;
    final CaseAccess access;
    final ServiceClock clock;
    final Clock time;

    CaseActions(ServiceCaseRepository repository, CaseAccess access, WorkingDayCalendar calendar,
            ServiceCaseSettings settings, Clock time) {
        this.repository = repository;
        this.access = access;
        this.clock = new ServiceClock(calendar, settings.yellowWorkingDays());
        this.time = time;
    }

    LocalDate today() {
        return LocalDate.now(time);
    }

    ServiceCase find(String caseNumber) {
        String n = caseNumber == null ? "" : caseNumber.strip().toUpperCase();
        return repository.find(n).orElseThrow(GongkaiException::notFound);
    }

    /** Loads, changes and saves one case; the change calls one transition of the aggregate. */
    ServiceCase apply(CommandContext context, String caseNumber, Consumer<ServiceCase> change) {
        ServiceCase c = find(caseNumber);
        access.requireAct(context.actor().orElse(null), c);
        change.accept(c);
        repository.update(c, context.actor().map(Actor::username).orElse("system"), time.instant());
        return c;
    }

    /** A handler for a command on one case: authorised by the actor's scope as service officer. */
    <C extends CaseCommand> CommandHandler<C, ServiceCase> handler(Class<C> type,
            BiFunction<C, CommandContext, ServiceCase> body, BiFunction<C, ServiceCase, String> describe) {
        return CommandHandlers.handle(type, body)
                .authorisedBy((command, actor) -> {
                    if (actor != null) {
                        access.requireAct(actor, find(command.caseNumber()));
                    }
                })
                .describedBy(describe)
                .build();
    }

    LocalDate date(LocalDate on) {
        return on == null ? today() : on;
    }
}
