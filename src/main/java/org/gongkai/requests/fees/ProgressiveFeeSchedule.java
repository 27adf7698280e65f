package org.gongkai.requests.fees;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.common.GongkaiException;
import org.springframework.stereotype.Component;

/** The excess-progressive tiers of {@link FeeProperties}. */
@Component
class ProgressiveFeeSchedule implements FeeSchedule {

    static final int MAX_ORDINAL = 10_000;
    static final int MAX_PAGES = 1_000_000;

    private final FeeProperties.PerApplication application;
    private final List<FeeProperties.Tier> pageTiers;

    ProgressiveFeeSchedule(FeeProperties properties) {
        this.application = properties.perApplication();
        this.pageTiers = properties.perPage().tiers();
    }

    @Override
    public long perApplicationFen(int ordinalThisMonth) {
        checkOrdinal(ordinalThisMonth);
        return band(ordinalThisMonth).unitFen();
    }

    @Override
    public long perPageFen(int pages) {
        checkPages(pages);
        return pageLines(pages).stream().mapToLong(Line::subtotalFen).sum();
    }

    @Override
    public Quote quote(Method method, int quantity) {
        if (method == null) {
            throw GongkaiException.invalid("method", "请选择收费方式：按件计收（PER_APPLICATION）或按量计收（PER_PAGE）");
        }
        return switch (method) {
            case PER_APPLICATION -> {
                checkOrdinal(quantity);
                Line line = band(quantity);
                yield new Quote(method, quantity, line.subtotalFen(), List.of(line));
            }
            case PER_PAGE -> {
                checkPages(quantity);
                List<Line> lines = pageLines(quantity);
                yield new Quote(method, quantity, lines.stream().mapToLong(Line::subtotalFen).sum(), lines);
            }
        };
    }

    /** The band the ordinal falls in, as a one-application line. */
    private Line band(int ordinal) {
        int free = application.freePerMonth();
        int firstUpTo = application.firstBandUpTo();
        if (ordinal <= free) {
            return applicationLine(ordinal, 1, free, 0);
        }
        if (ordinal <= firstUpTo) {
            return applicationLine(ordinal, free + 1, firstUpTo, application.firstBandFen());
        }
        int size = application.bandSize();
        int index = (ordinal - firstUpTo - 1) / size; // 0 for 31–40 with the defaults
        int from = firstUpTo + 1 + index * size;
        long fen = application.firstBandFen() + application.bandIncrementFen() * (index + 1L);
        return applicationLine(ordinal, from, from + size - 1, fen);
    }

    private static Line applicationLine(int ordinal, int from, int to, long fen) {
        String text = "本月第" + ordinal + "件申请，属第" + from + "–" + to + "件档，"
                + (fen == 0 ? "免费" : "每件" + FeeSchedule.yuan(fen) + "元");
        return new Line(from, to, 1, fen, fen, text);
    }

    private List<Line> pageLines(int pages) {
        List<Line> lines = new ArrayList<>();
        int firstCharged = pageTiers.get(0).fromPage();
        if (firstCharged > 1) {
            int to = Math.min(pages, firstCharged - 1);
            lines.add(new Line(1, to, to, 0, 0, "第1–" + (firstCharged - 1) + "页免费，共" + to + "页"));
        }
        for (int i = 0; i < pageTiers.size(); i++) {
            FeeProperties.Tier tier = pageTiers.get(i);
            if (pages < tier.fromPage()) {
                break;
            }
            boolean last = i == pageTiers.size() - 1;
            int tierEnd = last ? Integer.MAX_VALUE : pageTiers.get(i + 1).fromPage() - 1;
            int to = Math.min(pages, tierEnd);
            int units = to - tier.fromPage() + 1;
            long subtotal = units * tier.fenPerPage();
            String range = last ? "第" + tier.fromPage() + "页起" : "第" + tier.fromPage() + "–" + tierEnd + "页";
            lines.add(new Line(tier.fromPage(), to, units, tier.fenPerPage(), subtotal, range + "，每页"
                    + FeeSchedule.yuan(tier.fenPerPage()) + "元，共" + units + "页，计" + FeeSchedule.yuan(subtotal) + "元"));
        }
        return lines;
    }

    private static void checkOrdinal(int ordinal) {
        if (ordinal < 1 || ordinal > MAX_ORDINAL) {
            throw GongkaiException.invalid("ordinalThisMonth",
                    "本月申请序号（ordinalThisMonth）应为 1 至 " + MAX_ORDINAL + " 之间的整数");
        }
    }

    private static void checkPages(int pages) {
        if (pages < 1 || pages > MAX_PAGES) {
            throw GongkaiException.invalid("pages", "页数（pages）应为 1 至 " + MAX_PAGES + " 之间的整数");
        }
    }
}
