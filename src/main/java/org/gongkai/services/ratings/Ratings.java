package org.gongkai.services.ratings;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.services.cases.CaseNumbers;
import org.gongkai.services.RatingChannel;
import org.springframework.stereotype.Component;

/**
 * Records ratings: one per case and channel, only once the case was accepted or refused, and a bad one (1 or 2)
 * opens its rectification with the respond and rectify dates from the working-day calendar ({@link RatingSettings}).
 * Used by the public rating command; imported ratings are written in batches by {@link RatingImport}.
 */
@Component
class Ratings {

    /** What a recorded rating opened. */
    record Recorded(long ratingId, String caseNumber, int level, String channel, boolean rectificationOpened) {}

    final RatingRepository repository;
    final WorkingDayCalendar calendar;
    final RatingSettings settings;
    final Clock clock;
    private final CaseNumbers numbers;

    Ratings(RatingRepository repository, WorkingDayCalendar calendar, RatingSettings settings, Clock clock,
            CaseNumbers numbers) {
        this.repository = repository;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
        this.numbers = numbers;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The applicant's rating, today. A wrong case number or query code is 404 (nothing tells them apart). */
    Recorded rate(RatingCommands.RateCase c) {
        String number = c.caseNumber().trim().toUpperCase();
        RatingRepository.RatedCase rated = repository.caseByNumber(number)
                .filter(x -> matches(x, c.queryCode()))
                .orElseThrow(GongkaiException::notFound);
        RatingChannel channel = channel(c.channel(), "channel");
        if (rated.decidedOn() == null) {
            throw new GongkaiException(ErrorCode.RATING_NOT_OPEN);
        }
        if (repository.rated(rated.id(), channel.name())) {
            throw new GongkaiException(ErrorCode.ALREADY_RATED, ErrorCode.ALREADY_RATED.message(), "channel");
        }
        LocalDate today = today();
        String comment = c.comment() == null || c.comment().isBlank() ? null : c.comment().trim();
        long id = repository.insertRating(rated.id(), rated.unitId(), channel.name(), c.level(), comment, today,
                clock.instant(), false);
        boolean bad = c.level() <= RatingLevel.BAD_UP_TO;
        if (bad) {
            open(id, rated.unitId(), today, null);
        }
        return new Recorded(id, rated.caseNumber(), c.level(), channel.name(), bad);
    }

    /** The query code against the case's stored hash (the case module's scheme), in constant time. */
    private boolean matches(RatingRepository.RatedCase rated, String queryCode) {
        if (queryCode == null || queryCode.isBlank() || rated.queryCodeHash() == null) {
            return false;
        }
        return java.security.MessageDigest.isEqual(rated.queryCodeHash().getBytes(StandardCharsets.UTF_8),
                numbers.queryCodeHash(rated.caseNumber(), queryCode).getBytes(StandardCharsets.UTF_8));
    }

    /** Opens the rectification of a bad rating; {@code closedOn} set for an imported one already closed. */
    void open(long ratingId, long unitId, LocalDate ratedOn, LocalDate closedOn) {
        LocalDate[] due = deadlines(ratedOn);
        repository.insertRectification(ratingId, unitId,
                closedOn == null ? RectificationStatus.OPEN : RectificationStatus.CLOSED, ratedOn, due[0], due[1],
                closedOn);
    }

    /** The respond and rectify dates of a bad rating given on {@code ratedOn} (working days, {@link RatingSettings}). */
    LocalDate[] deadlines(LocalDate ratedOn) {
        return new LocalDate[] { calendar.addWorkingDays(ratedOn, settings.respondWorkingDays()).date(),
            calendar.addWorkingDays(ratedOn, settings.rectifyWorkingDays()).date() };
    }

    static RatingChannel channel(String value, String field) {
        if (value != null) {
            for (RatingChannel ch : RatingChannel.values()) {
                if (ch.name().equalsIgnoreCase(value.trim())) {
                    return ch;
                }
            }
        }
        throw GongkaiException.invalid(field, "评价渠道应为 WINDOW、ONLINE、SMS 或 AGENT");
    }
}
