package org.gongkai.services.ratings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.services.RatingChannel;
import org.springframework.stereotype.Component;

/**
 * The ratings of an imported historical case (the case import of {@code services.cases} calls this inside its
 * transaction): the same rows as live ratings, flagged {@code imported}; a bad one gets its rectification, closed on
 * {@code rectificationClosedOn} when given. Imported ratings count in KPIs exactly like live ones.
 */
@Component
public class RatingImport {

    /** One rating of the import's {@code ratings} array. */
    public record ImportedRating(int level, RatingChannel channel, LocalDate on, LocalDate rectificationClosedOn) {}

    private final Ratings ratings;

    RatingImport(Ratings ratings) {
        this.ratings = ratings;
    }

    /**
     * Checks every rating first (level 1–5, a channel, a date on or after acceptance/refusal and not in the future,
     * one per channel, a closing date only for a bad rating and not before it), then inserts them all.
     *
     * @throws GongkaiException VALIDATION_FAILED at field {@code ratings} naming the rating at fault
     */
    public void insert(long caseId, long unitId, LocalDate acceptedOrRefusedOn, List<ImportedRating> list) {
        Set<RatingChannel> seen = EnumSet.noneOf(RatingChannel.class);
        LocalDate today = ratings.today();
        for (int i = 0; i < list.size(); i++) {
            ImportedRating r = list.get(i);
            String at = "第 " + (i + 1) + " 条评价：";
            if (r.level() < 1 || r.level() > 5) {
                throw GongkaiException.invalid("ratings", at + "评价等级应为 1 至 5");
            }
            if (r.channel() == null || !seen.add(r.channel())) {
                throw GongkaiException.invalid("ratings", at + "评价渠道缺失或重复（每个渠道只能评价一次）");
            }
            if (r.on() == null || acceptedOrRefusedOn == null || r.on().isBefore(acceptedOrRefusedOn)
                    || r.on().isAfter(today)) {
                throw GongkaiException.invalid("ratings", at + "评价日期应在受理（或不予受理）之后、今天之前");
            }
            LocalDate closed = r.rectificationClosedOn();
            if (closed != null && (r.level() > RatingLevel.BAD_UP_TO || closed.isBefore(r.on())
                    || closed.isAfter(today))) {
                throw GongkaiException.invalid("ratings", at + "只有差评有整改办结日期，且不早于评价日期、不晚于今天");
            }
        }
        for (ImportedRating r : list) {
            Instant at = r.on().atStartOfDay(TimeConfiguration.ZONE).toInstant();
            long id = ratings.repository.insertRating(caseId, unitId, r.channel().name(), r.level(), null, r.on(), at,
                    true);
            if (r.level() <= RatingLevel.BAD_UP_TO) {
                ratings.open(id, unitId, r.on(), r.rectificationClosedOn());
            }
        }
    }
}
