package org.gongkai.trading.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.gongkai.common.GongkaiException;
import org.gongkai.trading.draws.DrawRecord;
import org.gongkai.trading.draws.DrawVerifier;
import org.gongkai.trading.draws.Draws;
import org.gongkai.trading.ocds.OcdsReleases;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public trading API (issue #14): a draw's record (sealed until the evaluation starts), the verify endpoint that
 * replays any posted record, and the OCDS release package ({@link TradingStatisticsApi} has the statistics).
 */
@RestController
class TradingPublicApi {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Draws draws;
    private final OcdsReleases ocds;
    private final Clock clock;

    TradingPublicApi(Draws draws, OcdsReleases ocds, Clock clock) {
        this.draws = draws;
        this.ocds = ocds;
        this.clock = clock;
    }

    /** A year's projects as one OCDS 1.1 release package (bulk download). */
    @GetMapping(path = "/api/v1/trading/ocds/release-package", produces = "application/json")
    org.springframework.http.ResponseEntity<Map<String, Object>> releasePackage(@RequestParam String year) {
        int thisYear = clock.instant().atZone(ZONE).getYear();
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < 2000 || Integer.parseInt(year) > thisYear + 1) {
            throw GongkaiException.invalid("year", "年份应为 2000 至 " + (thisYear + 1) + " 之间的四位数字");
        }
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "inline; filename=\"ocds-" + year + ".json\"")
                .body(ocds.releasePackage(Integer.parseInt(year)));
    }

    record ExclusionJson(String expertId, String reason) {}

    /** The record: commitment and pool digest always; the rest once the evaluation has started. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DrawJson(String drawId, String projectCode, String specialty, Instant drawnAt, Boolean replacement,
            String commitment, String poolDigest, Boolean sealed, String seed, List<String> pool,
            List<ExclusionJson> exclusions, List<String> selected, String algorithm) {}

    @GetMapping("/api/v1/trading/draws/{drawId}")
    DrawJson draw(@PathVariable String drawId) {
        Draws.PublicDraw view = draws.publicDraw(drawId).orElseThrow(GongkaiException::notFound);
        DrawRecord d = view.record();
        if (view.sealed()) {
            return new DrawJson(d.drawId(), view.projectCode(), d.specialty(), d.drawnAt(), d.replacement(),
                    d.commitment(), d.poolDigest(), true, null, null, null, null, null);
        }
        return new DrawJson(d.drawId(), view.projectCode(), d.specialty(), d.drawnAt(), d.replacement(),
                d.commitment(), d.poolDigest(), false, d.seedHex(), d.pool(), d.exclusions().stream()
                        .map(e -> new ExclusionJson(e.expertId(), e.reason().name())).toList(), d.selected(),
                d.algorithm());
    }

    record Reproduced(boolean reproduced) {}

    /** Replays a posted record; a record naming a draw id must also match that stored draw's commitments. */
    @PostMapping("/api/v1/trading/draws/verify")
    Reproduced verify(@RequestBody DrawJson record) {
        List<String> excluded = record.exclusions() == null ? List.of() : record.exclusions().stream()
                .map(e -> e == null ? null : e.expertId()).toList();
        boolean replays = DrawVerifier.reproduces(new DrawVerifier.Claim(record.algorithm(), record.seed(),
                record.commitment(), record.poolDigest(), record.pool(), excluded, record.selected()));
        boolean stored = record.drawId() == null || (record.drawId().length() <= 40
                && draws.matchesStored(record.drawId(), record.commitment(), record.poolDigest()));
        return new Reproduced(replays && stored);
    }
}
