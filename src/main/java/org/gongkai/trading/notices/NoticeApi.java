package org.gongkai.trading.notices;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.trading.notices.NoticeCommands.WriteTradingNotice;
import org.gongkai.trading.notices.NoticeCommands.Written;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trading officer's notice API (issue #14): write a notice for a project (it goes to the catalogue's review at
 * once) and list the project's notices with their review status, index number and objection period.
 */
@RestController
class NoticeApi {

    private final CommandDispatcher commands;
    private final Notices notices;

    NoticeApi(CommandDispatcher commands, Notices notices) {
        this.commands = commands;
        this.notices = notices;
    }

    /** {@code kind}: ANNOUNCEMENT, CLARIFICATION, CANDIDATES, RESULT, CONTRACT; dates YYYY-MM-DD (candidates only). */
    record NoticeBody(String kind, String title, String summary, String body, String objectionStart,
            String objectionEnd) {}

    @PostMapping("/api/v1/staff/trading/projects/{projectCode}/notices")
    @ResponseStatus(HttpStatus.CREATED)
    Written write(@PathVariable String projectCode, @RequestBody NoticeBody body) {
        return commands.dispatch(new WriteTradingNotice(projectCode, body.kind(), body.title(), body.summary(),
                body.body(), body.objectionStart(), body.objectionEnd()));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NoticeJson(long noticeId, String kind, String title, long documentId, String status, String statusLabel,
            String indexNumber, LocalDate publishedOn, String url, LocalDate objectionStart, LocalDate objectionEnd,
            LocalDate objectionEffectiveStart, LocalDate objectionEffectiveEnd) {}

    record NoticesJson(String projectCode, List<NoticeJson> notices) {}

    @GetMapping("/api/v1/staff/trading/projects/{projectCode}/notices")
    NoticesJson list(@PathVariable String projectCode) {
        int min = notices.objectionMinDays();
        return new NoticesJson(projectCode, notices.ofProject(Actor.require(), projectCode).stream().map(s -> {
            Notice n = s.notice();
            ObjectionPeriod effective = n.isPublic() ? n.effectiveObjection(min) : null;
            return new NoticeJson(n.id(), n.kind().name(), n.title(), n.documentId(),
                    s.state() == null ? null : s.state().status().name(),
                    s.state() == null ? null : s.state().statusLabel(), n.indexNumber(), n.publishedOn(),
                    n.isPublic() ? n.documentUrl() : null, n.objectionStart(), n.objectionEnd(),
                    effective == null ? null : effective.start(), effective == null ? null : effective.end());
        }).toList());
    }
}
