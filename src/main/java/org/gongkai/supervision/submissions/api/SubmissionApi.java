package org.gongkai.supervision.submissions.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.supervision.submissions.BulletinIssueDocx;
import org.gongkai.supervision.submissions.BulletinIssues;
import org.gongkai.supervision.submissions.Submission;
import org.gongkai.supervision.submissions.SubmissionCommands;
import org.gongkai.supervision.submissions.SubmissionCommands.AdoptSubmission;
import org.gongkai.supervision.submissions.SubmissionCommands.AttachToSubmission;
import org.gongkai.supervision.submissions.SubmissionCommands.CompileBulletinIssue;
import org.gongkai.supervision.submissions.SubmissionCommands.DeclineSubmission;
import org.gongkai.supervision.submissions.SubmissionCommands.EditSubmission;
import org.gongkai.supervision.submissions.SubmissionCommands.RecordInstruction;
import org.gongkai.supervision.submissions.SubmissionCommands.SubmitInformation;
import org.gongkai.supervision.submissions.SubmissionLifecycle;
import org.gongkai.supervision.submissions.SubmissionRankings;
import org.gongkai.supervision.submissions.Submissions;
import org.gongkai.supervision.submissions.SupervisionOffice;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The JSON API of information submissions (issue #15, exact paths): units' 信息员 submit and attach, the office edits,
 * records adoptions and instructions, declines, compiles issues of its bulletin; the rankings by unit and period.
 * Every change goes through {@link CommandDispatcher} (audited, refusals included).
 */
@RestController
@Validated
class SubmissionApi {

    static final String STAFF = "/api/v1/staff/supervision/submissions";
    static final String ISSUES = "/api/v1/staff/supervision/submission-issues";

    private final CommandDispatcher commands;
    private final Submissions submissions;
    private final SubmissionRankings rankings;
    private final BulletinIssues issues;
    private final SupervisionOffice office;

    SubmissionApi(CommandDispatcher commands, Submissions submissions, SubmissionRankings rankings,
            BulletinIssues issues, SupervisionOffice office) {
        this.commands = commands;
        this.submissions = submissions;
        this.rankings = rankings;
        this.issues = issues;
        this.office = office;
    }

    record SubmitJson(@Size(max = 40) String unitCode, @Size(max = SubmissionCommands.TITLE_MAX) String title,
            @Size(max = SubmissionCommands.TEXT_MAX) String text) {}

    record EditJson(@Size(max = SubmissionCommands.TITLE_MAX) String title,
            @Size(max = SubmissionCommands.TEXT_MAX) String text) {}

    record AdoptionJson(@Size(max = 40) String publication, @Size(max = 10) String on) {}

    record InstructionJson(@Size(max = 40) String level, @Size(max = 60) String leader, @Size(max = 10) String on,
            @Size(max = 1000) String text) {}

    record DeclineJson(@Size(max = 500) String reason) {}

    record IssueJson(@Size(max = SubmissionCommands.TITLE_MAX) String title,
            @Size(max = 60) List<@NotNull Long> submissionIds) {}

    record SubmissionJson(long id, String unitCode, String unitName, String title, String text, String status,
            String statusLabel, Instant submittedAt, Instant editedAt, String declineReason, int points,
            List<Submission.Attachment> attachments, List<Submission.Adoption> adoptions,
            List<Submission.Instruction> instructions, List<String> allowed) {}

    @PostMapping(STAFF)
    ResponseEntity<SubmissionJson> submit(@RequestBody @Valid SubmitJson body) {
        Submission s = commands.dispatch(new SubmitInformation(body.unitCode(), body.title(), body.text()));
        return ResponseEntity.created(URI.create(STAFF + "/" + s.id())).body(json(s));
    }

    @GetMapping(STAFF)
    List<SubmissionJson> list(@RequestParam(required = false) @Size(max = 20) String status) {
        SubmissionLifecycle.Status filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = SubmissionLifecycle.Status.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw GongkaiException.invalid("status", "没有这个状态");
            }
        }
        return submissions.list(Actor.require(), filter).stream().map(this::json).toList();
    }

    @GetMapping(STAFF + "/{id}")
    SubmissionJson one(@PathVariable long id) {
        return json(submissions.readable(Actor.require(), id));
    }

    @PutMapping(STAFF + "/{id}")
    SubmissionJson edit(@PathVariable long id, @RequestBody @Valid EditJson body) {
        return json(commands.dispatch(new EditSubmission(id, body.title(), body.text())));
    }

    @PostMapping(path = STAFF + "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SubmissionJson> attach(@PathVariable long id, @RequestPart("file") MultipartFile file)
            throws IOException {
        Submission s = commands.dispatch(new AttachToSubmission(id, file.getOriginalFilename(), file.getBytes()));
        return ResponseEntity.status(201).body(json(s));
    }

    @PostMapping(STAFF + "/{id}/adoptions")
    ResponseEntity<SubmissionJson> adopt(@PathVariable long id, @RequestBody @Valid AdoptionJson body) {
        Submission s = commands.dispatch(new AdoptSubmission(id, body.publication(), body.on()));
        return ResponseEntity.status(201).body(json(s));
    }

    @PostMapping(STAFF + "/{id}/instructions")
    ResponseEntity<SubmissionJson> instruct(@PathVariable long id, @RequestBody @Valid InstructionJson body) {
        Submission s = commands.dispatch(new RecordInstruction(id, body.level(), body.leader(), body.on(),
                body.text()));
        return ResponseEntity.status(201).body(json(s));
    }

    @PostMapping(STAFF + "/{id}/decline")
    SubmissionJson decline(@PathVariable long id, @RequestBody @Valid DeclineJson body) {
        return json(commands.dispatch(new DeclineSubmission(id, body.reason())));
    }

    record RankingJson(LocalDate from, LocalDate to, List<UnitJson> units) {}

    record UnitJson(String unitCode, String unitName, long adopted, long points, int rank) {}

    @GetMapping("/api/v1/supervision/submission-rankings")
    RankingJson rankings(@RequestParam(required = false) @Size(max = 10) String from,
            @RequestParam(required = false) @Size(max = 10) String to) {
        LocalDate[] period = rankings.period(from, to);
        return new RankingJson(period[0], period[1], rankings.ranking(period[0], period[1]).stream()
                .map(r -> new UnitJson(r.unitCode(), r.unitName(), r.adopted(), r.points(), r.rank())).toList());
    }

    record IssueView(long id, int year, int number, String heading, String title, LocalDate compiledOn,
            List<BulletinIssues.Item> items) {}

    @PostMapping(ISSUES)
    ResponseEntity<IssueView> compile(@RequestBody @Valid IssueJson body) {
        BulletinIssues.Issue issue = commands.dispatch(new CompileBulletinIssue(body.title(),
                body.submissionIds() == null ? List.of() : body.submissionIds()));
        return ResponseEntity.created(URI.create(ISSUES + "/" + issue.id())).body(view(issue));
    }

    @GetMapping(ISSUES + "/{id}")
    IssueView issue(@PathVariable long id) {
        return view(issues.find(id).orElseThrow(GongkaiException::notFound));
    }

    @GetMapping(ISSUES + "/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        BulletinIssues.Issue issue = issues.find(id).orElseThrow(GongkaiException::notFound);
        byte[] bytes = BulletinIssueDocx.write(issue, submissions.settings().bulletinName(), officeName());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bulletin-" + issue.year() + "-"
                        + issue.number() + ".docx\"")
                .body(bytes);
    }

    private String officeName() {
        return office.unit(submissions.settings().officeUnit()).map(u -> u.name()).orElse("");
    }

    private IssueView view(BulletinIssues.Issue i) {
        return new IssueView(i.id(), i.year(), i.number(), i.heading(submissions.settings().bulletinName()), i.title(),
                i.compiledOn(), i.items());
    }

    private SubmissionJson json(Submission s) {
        var unit = office.unit(s.unitId());
        return new SubmissionJson(s.id(), unit.map(u -> u.creditCode()).orElse(null),
                unit.map(u -> u.name()).orElse(null), s.title(), s.text(), s.status().name(), s.status().label(),
                s.submittedAt(), s.editedAt(), s.declineReason(), s.points(), s.attachments(), s.adoptions(),
                s.instructions(), SubmissionLifecycle.TABLE.allowedActions(s.status()).stream().map(Enum::name).toList());
    }
}
