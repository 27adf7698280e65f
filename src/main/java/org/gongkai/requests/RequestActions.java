package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.requests.RequestCommands.RequestCommand;
import org.springframework.stereotype.Component;

/**
 * What every request command handler shares: loading a request within the actor's data scope (others get 404),
 * the lifecycle check before any change, the officer's date rules (issue #8: not after today, not before the
 * previous ledger event), saving, and the {@code DecisionIssued} event when a command decides the request.
 */
@Component
class RequestActions {

    static final Role[] READERS = {Role.REQUEST_OFFICER, Role.SUPERVISOR, Role.LEADER};

    final RequestRepository repository;
    final RequestClock clock;
    final UnitDirectory units;
    final Clock time;

    RequestActions(RequestRepository repository, WorkingDayCalendar calendar, RequestSettings settings,
            UnitDirectory units, Clock time) {
        this.repository = repository;
        this.clock = new RequestClock(calendar, settings);
        this.units = units;
        this.time = time;
    }

    LocalDate today() {
        return LocalDate.now(time);
    }

    RequestSettings settings() {
        return clock.settings();
    }

    DisclosureRequest find(String trackingNumber) {
        String tn = trackingNumber == null ? "" : trackingNumber.trim().toUpperCase();
        return repository.findByTrackingNumber(tn).orElseThrow(GongkaiException::notFound);
    }

    /** The request if the actor may act on it in one of {@code roles}; a record outside the scope is not found. */
    DisclosureRequest load(Actor actor, String trackingNumber, Role... roles) {
        DisclosureRequest request = find(trackingNumber);
        requireScope(actor, request.unitId(), roles);
        return request;
    }

    void requireScope(Actor actor, long unitId, Role... roles) {
        if (!units.visibleUnits(actor, roles).contains(unitId)) {
            throw GongkaiException.outOfScope("Unit", unitId);
        }
    }

    /**
     * Runs one lifecycle action: the table and the clock's state must allow it, then {@code change} (which may
     * append ledger events) runs, the step moves, the request is saved, and a first decision publishes
     * {@code DecisionIssued}.
     */
    ClockState apply(CommandContext context, String trackingNumber, RequestAction action,
            Function<DisclosureRequest, ?> change) {
        DisclosureRequest request = find(trackingNumber);
        ClockState before = request.clock(clock, today());
        RequestLifecycle.require(request, before, action);
        request.perform(action);
        change.apply(request);
        ClockState state = request.clock(clock, today());
        repository.update(request, state.dueDate(), state, actorName(context), time.instant());
        if (before.decision() == null && state.decision() != null) {
            context.publish(new RequestEvents.DecisionIssued(request.trackingNumber(), request.unitId(),
                    request.applicant().type(), state.decision(), state.decidedOn(), state.dueDate()));
        }
        return state;
    }

    /** {@link #apply} for an action that appends one ledger event dated by the officer. */
    ClockState record(CommandContext context, String trackingNumber, RequestAction action, ClockEvent event) {
        return apply(context, trackingNumber, action, request -> {
            requireDate(request, event.on(), "on");
            return append(request, event);
        });
    }

    /** Appends to the ledger; a statutory rule the clock refuses becomes {@code CLOCK_RULE_VIOLATED}. */
    ClockState append(DisclosureRequest request, ClockEvent event) {
        try {
            return request.record(event, clock, today());
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.CONFLICT) {
                throw new GongkaiException(ErrorCode.CLOCK_RULE_VIOLATED, e.getMessage(), e.field());
            }
            throw e;
        }
    }

    /**
     * An officer's event date: not after today, not before the previous ledger event (issue #8: a request that
     * the officer can no longer move forward must never arise).
     */
    void requireDate(DisclosureRequest request, LocalDate on, String field) {
        LocalDate today = today();
        if (on.isAfter(today)) {
            throw new GongkaiException(ErrorCode.DATE_IN_FUTURE, "日期 " + on + " 晚于今天（" + today + "）", field);
        }
        List<ClockEvent> ledger = request.events();
        if (!ledger.isEmpty()) {
            ClockEvent last = ledger.get(ledger.size() - 1);
            if (on.isBefore(last.on())) {
                throw new GongkaiException(ErrorCode.DATE_BEFORE_PREVIOUS_EVENT, "日期 " + on + " 早于上一事项“"
                        + last.type().label() + "”的日期 " + last.on() + "：办理事项须按时间先后登记", field);
            }
        }
    }

    LocalDate date(LocalDate on) {
        return on == null ? today() : on;
    }

    static String actorName(CommandContext context) {
        return context.actor().map(Actor::username).orElse("system");
    }

    /** The audit detail of a clock action: the step and the last ledger event. */
    static String describe(ClockState state) {
        if (state == null || state.lines().isEmpty()) {
            return null;
        }
        ClockState.Line last = state.lines().get(state.lines().size() - 1);
        return last.type().label() + " " + last.date() + "；" + state.status().label();
    }

    /** A handler for a command on one request: authorised by the actor's data scope in {@code roles}. */
    <C extends RequestCommand, R> CommandHandler<C, R> handler(Class<C> type, BiFunction<C, CommandContext, R> body,
            BiFunction<C, R, String> describe, Role... roles) {
        Role[] required = roles.length == 0 ? new Role[] {Role.REQUEST_OFFICER} : roles;
        return CommandHandlers.handle(type, body)
                .authorisedBy((command, actor) -> {
                    if (actor != null) {
                        load(actor, command.trackingNumber(), required);
                    }
                })
                .describedBy(describe)
                .objectId((command, result) -> command.trackingNumber() == null ? null
                        : command.trackingNumber().trim().toUpperCase())
                .build();
    }
}
