package org.gongkai.supervision.bulletins;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.supervision.bulletins.BulletinLifecycle.Status;

/** A monthly bulletin as read: its 文号, editable sections (title, 总体情况, 工作要求), frozen figures and lifecycle. */
public record Bulletin(long id, YearMonth period, String documentNumber, String title, String intro, String remarks,
        BulletinContent content, Status status, Instant createdAt, Instant approvedAt, Instant publishedAt) {

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    /** The date printed under the 落款: the day of publication, else of approval, else of generation. */
    public LocalDate issuedOn() {
        Instant at = publishedAt != null ? publishedAt : approvedAt != null ? approvedAt : createdAt;
        return at.atZone(TimeConfiguration.ZONE).toLocalDate();
    }

    /** 2026年5月. */
    public String periodLabel() {
        return period.getYear() + "年" + period.getMonthValue() + "月";
    }

    /** 2026年6月15日. */
    public static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
