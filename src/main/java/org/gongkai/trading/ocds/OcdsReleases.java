package org.gongkai.trading.ocds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.trading.ProjectType;
import org.gongkai.trading.TradingSettings;
import org.gongkai.trading.projects.Project;
import org.gongkai.trading.projects.ProjectRepository;
import org.gongkai.web.SiteAddress;
import org.springframework.stereotype.Component;

/**
 * Projects as OCDS 1.1 releases (issue #14): {@code ocid} = prefix + project code; parties identified by their credit
 * code (scheme {@code CN-USCC}) with their roles (buyer, supplier for the winner, tenderer for every bidder); the
 * tender with the budget, the award and contract once a deal is recorded, values in 元 with currency {@code CNY}.
 * Names are given where the county knows the party (its own units); bidders are named by their codes only.
 */
@Component
public class OcdsReleases {

    /** A year's package holds at most this many releases (a county has a few hundred projects a year). */
    public static final int MAX_RELEASES = 20_000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ProjectRepository projects;
    private final UnitDirectory units;
    private final TradingSettings settings;
    private final SiteAddress site;
    private final Clock clock;

    OcdsReleases(ProjectRepository projects, UnitDirectory units, TradingSettings settings, SiteAddress site,
            Clock clock) {
        this.projects = projects;
        this.units = units;
        this.settings = settings;
        this.site = site;
        this.clock = clock;
    }

    public Map<String, Object> releasePackage(int year) {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("uri", site.absolute("/api/v1/trading/ocds/release-package?year=" + year));
        pkg.put("version", "1.1");
        pkg.put("publishedDate", DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS)));
        pkg.put("publisher", Map.of("name", settings.publisher()));
        pkg.put("license", "https://creativecommons.org/licenses/by/4.0/");
        pkg.put("releases", projects.ofYear(year, MAX_RELEASES).stream().map(this::release).toList());
        return pkg;
    }

    Map<String, Object> release(Project p) {
        Map<String, Object> r = new LinkedHashMap<>();
        String ocid = settings.ocidPrefix() + p.code();
        boolean dealt = p.dealFen() != null;
        r.put("ocid", ocid);
        r.put("id", ocid + (dealt ? "-contract" : "-tender"));
        r.put("date", dealt ? dateTime(p.dealOn()) : instant(p.evaluationAt() == null ? clock.instant()
                : p.evaluationAt()));
        r.put("tag", dealt ? List.of("tender", "award", "contract") : List.of("tender"));
        r.put("initiationType", "tender");
        r.put("language", "zh");
        Map<String, Map<String, Object>> parties = new LinkedHashMap<>();
        party(parties, p.buyerCode(), "buyer");
        party(parties, p.supervisorCode(), "reviewBody");
        if (p.agencyCode() != null) {
            party(parties, p.agencyCode(), "procuringEntity");
        }
        p.bidderCodes().forEach(b -> party(parties, b, "tenderer"));
        if (p.winnerCode() != null) {
            party(parties, p.winnerCode(), "supplier");
        }
        r.put("parties", new ArrayList<>(parties.values()));
        r.put("buyer", reference(parties.get(p.buyerCode())));
        Map<String, Object> tender = new LinkedHashMap<>();
        tender.put("id", p.code());
        tender.put("title", p.title());
        tender.put("status", dealt ? "complete" : "active");
        tender.put("value", value(p.budgetFen()));
        if (p.type() == ProjectType.WORKS) {
            tender.put("mainProcurementCategory", "works");
        }
        tender.put("procurementMethod", "open");
        tender.put("procurementMethodDetails", p.type().label());
        tender.put("tenderers", p.bidderCodes().stream().map(b -> reference(parties.get(b))).toList());
        tender.put("numberOfTenderers", p.bidderCodes().size());
        r.put("tender", tender);
        if (dealt) {
            Map<String, Object> award = new LinkedHashMap<>();
            award.put("id", p.code() + "-award");
            award.put("status", "active");
            award.put("date", dateTime(p.dealOn()));
            award.put("value", value(p.dealFen()));
            if (p.winnerCode() != null) {
                award.put("suppliers", List.of(reference(parties.get(p.winnerCode()))));
            }
            r.put("awards", List.of(award));
            Map<String, Object> contract = new LinkedHashMap<>();
            contract.put("id", p.code() + "-contract");
            contract.put("awardID", p.code() + "-award");
            contract.put("status", "active");
            contract.put("value", value(p.dealFen()));
            contract.put("dateSigned", dateTime(p.dealOn()));
            r.put("contracts", List.of(contract));
        }
        return r;
    }

    private void party(Map<String, Map<String, Object>> parties, String code, String role) {
        Map<String, Object> party = parties.computeIfAbsent(code, c -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", "CN-USCC-" + c);
            units.findByCreditCode(c).ifPresent(u -> x.put("name", u.name()));
            x.put("identifier", Map.of("scheme", "CN-USCC", "id", c));
            x.put("roles", new ArrayList<String>());
            return x;
        });
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) party.get("roles");
        if (!roles.contains(role)) {
            roles.add(role);
        }
    }

    private static Map<String, Object> reference(Map<String, Object> party) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("id", party.get("id"));
        if (party.containsKey("name")) {
            ref.put("name", party.get("name"));
        }
        return ref;
    }

    private static Map<String, Object> value(long fen) {
        return Map.of("amount", BigDecimal.valueOf(fen, 2), "currency", "CNY");
    }

    private static String dateTime(LocalDate day) {
        return instant(day.atStartOfDay(ZONE).toInstant());
    }

    private static String instant(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(ZONE).truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS));
    }
}
