package org.gongkai.services.ratings;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ratings.RatingCommands.AppealRating;
import org.gongkai.services.ratings.RatingCommands.CloseRectification;
import org.gongkai.services.ratings.RatingCommands.ConfirmBadRating;
import org.gongkai.services.ratings.RatingCommands.DecideAppeal;
import org.gongkai.services.ratings.RatingCommands.ExplainBadRating;
import org.gongkai.services.ratings.RatingCommands.RateCase;
import org.gongkai.services.ratings.RatingCommands.RecordRectification;
import org.gongkai.services.ratings.RatingCommands.RectificationCommand;
import org.gongkai.services.ratings.RatingEvents.BadRatingRectified;
import org.gongkai.services.ratings.RatingEvents.CaseRated;
import org.gongkai.services.ratings.RatingEvents.RatingRemoved;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handlers of 好差评: the public rating, and each step of a rectification. Service officers (and the director)
 * act on rectifications of the units in their scope (the case's deciding unit or the unit that took it in); a supervisor or the director decides an appeal, never the
 * person who filed it. Another unit's rectification is 404.
 */
@Configuration(proxyBeanMethods = false)
class RatingCommandHandlers {

    /** Who works a rectification, and who decides an appeal. */
    static final Role[] WORKERS = { Role.SERVICE_OFFICER, Role.SERVICE_DIRECTOR };
    static final Role[] APPEAL_DECIDERS = { Role.SUPERVISOR, Role.SERVICE_DIRECTOR };
    /** Who reads rectifications: the workers and the appeal deciders. */
    static final Role[] READERS = { Role.SERVICE_OFFICER, Role.SERVICE_DIRECTOR, Role.SUPERVISOR };

    private final Ratings ratings;
    private final UnitDirectory units;

    RatingCommandHandlers(Ratings ratings, UnitDirectory units) {
        this.ratings = ratings;
        this.units = units;
    }

    @Bean
    CommandHandler<RateCase, Ratings.Recorded> rateCaseHandler() {
        return new CommandHandler<>() {
            @Override
            public Class<RateCase> commandType() {
                return RateCase.class;
            }

            @Override
            public void authorise(RateCase command, Actor actor) {
                // public: the query code is the applicant's key, checked in handle (a wrong one is 404)
            }

            @Override
            public Ratings.Recorded handle(RateCase c, CommandContext context) {
                Ratings.Recorded recorded = ratings.rate(c);
                context.publish(new CaseRated(recorded.caseNumber(), recorded.ratingId(), recorded.level(),
                        recorded.channel(), recorded.rectificationOpened()));
                return recorded;
            }

            @Override
            public String describe(RateCase c, Ratings.Recorded r) {
                return r.channel() + " " + RatingLevel.labelOf(r.level()) + (r.rectificationOpened() ? "，已启动差评整改" : "");
            }
        };
    }

    @Bean
    CommandHandler<ConfirmBadRating, RectificationStatus> confirmBadRatingHandler() {
        return step(ConfirmBadRating.class, WORKERS, (c, x) -> x.confirm(day(c.on()), name(), c.response()));
    }

    @Bean
    CommandHandler<ExplainBadRating, RectificationStatus> explainBadRatingHandler() {
        return step(ExplainBadRating.class, WORKERS, (c, x) -> x.explain(day(c.on()), name(), c.explanation()));
    }

    @Bean
    CommandHandler<RecordRectification, RectificationStatus> recordRectificationHandler() {
        return step(RecordRectification.class, WORKERS, (c, x) -> x.recordRectification(day(c.on()), c.measures()));
    }

    @Bean
    CommandHandler<CloseRectification, RectificationStatus> closeRectificationHandler() {
        return step(CloseRectification.class, WORKERS,
                (c, x) -> x.close(day(c.on()), name(), c.callbackNote(), c.outcome()));
    }

    @Bean
    CommandHandler<AppealRating, RectificationStatus> appealRatingHandler() {
        return step(AppealRating.class, WORKERS, (c, x) -> x.appeal(ratings.today(), name(), c.reason()));
    }

    @Bean
    CommandHandler<DecideAppeal, RectificationStatus> decideAppealHandler() {
        return step(DecideAppeal.class, APPEAL_DECIDERS, (c, x) -> {
            x.decideAppeal(ratings.today(), name(), c.upheld(), c.note());
            if (c.upheld()) {
                ratings.repository.removeRating(x.rating().ratingId(), c.note().trim(), name());
            }
        });
    }

    /** The day a step was done: today when not given; never a day still to come. */
    private LocalDate day(LocalDate on) {
        LocalDate today = ratings.today();
        if (on == null) {
            return today;
        }
        if (on.isAfter(today)) {
            throw GongkaiException.invalid("on", "日期不能晚于今天（" + today + "）");
        }
        return on;
    }

    private static String name() {
        return Actor.current().map(Actor::username).orElse("system");
    }

    private <C extends RectificationCommand> CommandHandler<C, RectificationStatus> step(Class<C> type, Role[] roles,
            BiConsumer<C, Rectification> change) {
        return new CommandHandler<>() {
            @Override
            public Class<C> commandType() {
                return type;
            }

            @Override
            public void authorise(C command, Actor actor) {
                if (actor == null) {
                    return; // the system (tests, imports) acts everywhere
                }
                Rectification x = ratings.repository.find(command.rectificationId())
                        .orElseThrow(GongkaiException::notFound);
                if (!x.within(units.visibleUnits(actor, READERS))) {
                    throw GongkaiException.outOfScope("Rectification", command.rectificationId());
                }
                if (!x.within(units.visibleUnits(actor, roles))) {
                    throw new GongkaiException(ErrorCode.FORBIDDEN); // reads it, may not do this step
                }
            }

            @Override
            public RectificationStatus handle(C c, CommandContext context) {
                Rectification x = ratings.repository.find(c.rectificationId()).orElseThrow(GongkaiException::notFound);
                change.accept(c, x);
                ratings.repository.save(x);
                if (x.status() == RectificationStatus.CLOSED) {
                    context.publish(new BadRatingRectified(x.id(), x.rating().caseNumber(), Boolean.TRUE.equals(x.founded())));
                } else if (x.status() == RectificationStatus.REMOVED) {
                    context.publish(new RatingRemoved(x.id(), x.rating().ratingId(), x.rating().caseNumber()));
                }
                return x.status();
            }

            @Override
            public String describe(C c, RectificationStatus status) {
                return "整改 → " + status.label();
            }
        };
    }
}
