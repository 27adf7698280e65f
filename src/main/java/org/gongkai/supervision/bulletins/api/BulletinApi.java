package org.gongkai.supervision.bulletins.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.supervision.bulletins.Bulletin;
import org.gongkai.supervision.bulletins.BulletinCommands;
import org.gongkai.supervision.bulletins.BulletinCommands.ApproveBulletin;
import org.gongkai.supervision.bulletins.BulletinCommands.EditBulletin;
import org.gongkai.supervision.bulletins.BulletinCommands.GenerateBulletin;
import org.gongkai.supervision.bulletins.BulletinCommands.PublishBulletin;
import org.gongkai.supervision.bulletins.BulletinContent;
import org.gongkai.supervision.bulletins.BulletinDocuments;
import org.gongkai.supervision.bulletins.BulletinLifecycle;
import org.gongkai.supervision.bulletins.Bulletins;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of the monthly bulletin (issue #15, exact): {@code POST /api/v1/staff/supervision/bulletins}
 * {@code {"period"}} → 201 {@code {"bulletinId", "status": "DRAFT"}}; edit ({@code PUT …/{id}}), approve and publish
 * ({@code POST …/{id}/approve}, {@code …/{id}/publish}); {@code GET /api/v1/supervision/bulletins} (published),
 * {@code GET /api/v1/supervision/bulletins/{id}} and its {@code .pdf} and {@code .docx}: published ones to anyone,
 * drafts only to the office's supervision staff (404 otherwise). Every change goes through the dispatcher.
 */
@RestController
@Validated
class BulletinApi {

    static final String STAFF = "/api/v1/staff/supervision/bulletins";
    static final String PUBLIC = "/api/v1/supervision/bulletins";
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final CommandDispatcher commands;
    private final Bulletins bulletins;
    private final BulletinDocuments documents;

    BulletinApi(CommandDispatcher commands, Bulletins bulletins, BulletinDocuments documents) {
        this.commands = commands;
        this.bulletins = bulletins;
        this.documents = documents;
    }

    record GenerateJson(@Size(max = 7) String period) {}

    record Created(long bulletinId, String status) {}

    record EditJson(@Size(max = BulletinCommands.TITLE_MAX) String title,
            @Size(max = BulletinCommands.SECTION_MAX) String intro,
            @Size(max = BulletinCommands.SECTION_MAX) String remarks) {}

    record BulletinJson(long bulletinId, String period, String documentNumber, String title, String status,
            String statusLabel, String intro, String remarks, BulletinContent content, Instant createdAt,
            Instant approvedAt, Instant publishedAt, String pdf, String docx, List<String> allowed) {}

    record Summary(long bulletinId, String period, String documentNumber, String title, Instant publishedAt) {}

    @PostMapping(STAFF)
    ResponseEntity<Created> generate(@RequestBody @Valid GenerateJson body) {
        Bulletin b = commands.dispatch(new GenerateBulletin(body.period()));
        return ResponseEntity.created(URI.create(PUBLIC + "/" + b.id()))
                .body(new Created(b.id(), b.status().name()));
    }

    @PutMapping(STAFF + "/{id}")
    BulletinJson edit(@PathVariable long id, @RequestBody @Valid EditJson body) {
        return json(commands.dispatch(new EditBulletin(id, body.title(), body.intro(), body.remarks())));
    }

    @PostMapping(STAFF + "/{id}/approve")
    BulletinJson approve(@PathVariable long id) {
        return json(commands.dispatch(new ApproveBulletin(id)));
    }

    @PostMapping(STAFF + "/{id}/publish")
    BulletinJson publish(@PathVariable long id) {
        return json(commands.dispatch(new PublishBulletin(id)));
    }

    @GetMapping(PUBLIC)
    List<Summary> list() {
        return bulletins.list(Actor.current().orElse(null)).stream().map(b -> new Summary(b.id(),
                b.period().toString(), b.documentNumber(), b.title(), b.publishedAt())).toList();
    }

    @GetMapping(PUBLIC + "/{id}")
    BulletinJson one(@PathVariable long id) {
        return json(bulletins.readable(Actor.current().orElse(null), id));
    }

    @GetMapping(PUBLIC + "/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Bulletin b = bulletins.readable(Actor.current().orElse(null), id);
        return file(documents.pdf(b), MediaType.APPLICATION_PDF, b, "pdf");
    }

    @GetMapping(PUBLIC + "/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        Bulletin b = bulletins.readable(Actor.current().orElse(null), id);
        return file(documents.docx(b), DOCX, b, "docx");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, Bulletin b, String ext) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename("督查通报-" + b.period() + "." + ext, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, b.published() ? "public, max-age=300" : "private, no-store")
                .body(content);
    }

    private BulletinJson json(Bulletin b) {
        List<String> allowed = BulletinLifecycle.TABLE.allowedActions(b.status()).stream().map(Enum::name).toList();
        return new BulletinJson(b.id(), b.period().toString(), b.documentNumber(), b.title(), b.status().name(),
                b.status().label(), b.intro(), b.remarks(), b.content(), b.createdAt(), b.approvedAt(), b.publishedAt(),
                PUBLIC + "/" + b.id() + ".pdf", PUBLIC + "/" + b.id() + ".docx", allowed);
    }
}
