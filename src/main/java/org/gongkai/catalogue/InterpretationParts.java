package org.gongkai.catalogue;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.catalogue.InterpretationPart.Kind;
import org.gongkai.catalogue.InterpretationPartCommands.AddInterpretationPart;
import org.gongkai.catalogue.InterpretationPartCommands.EditInterpretationPart;
import org.gongkai.catalogue.InterpretationPartCommands.MoveInterpretationPart;
import org.gongkai.catalogue.InterpretationPartCommands.RemoveInterpretationPart;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.files.FileStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The parts of a policy interpretation (issue #16): the editor's working copy, changed only while the interpretation
 * is a draft (new or returned, or a published one being revised), by audited commands; publication copies it as the
 * parts of the new public version ({@link #publish}), which the public page, the API and search read.
 */
@Configuration(proxyBeanMethods = false)
public class InterpretationParts {

    private static final String COLUMNS = "id, document_id, version, kind, position, question, answer, file_id, "
            + "file_name, media_type, alt_text, video_url, video_title";

    private final JdbcClient jdbc;
    private final DocumentAccess access;
    private final ObjectProvider<FileStore> files;
    private final Clock clock;

    InterpretationParts(JdbcClient jdbc, DocumentAccess access, ObjectProvider<FileStore> files, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.files = files;
        this.clock = clock;
    }

    /** The working copy of a document the actor may see, in order (404 outside the actor's scope). */
    public List<InterpretationPart> working(Actor actor, long documentId) {
        access.visible(actor, documentId);
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_interpretation_part WHERE document_id = ? "
                + "AND version IS NULL ORDER BY position, id").param(documentId).query(InterpretationParts::row)
                .list();
    }

    /** One part of the working copy of a document the actor may see; 404 otherwise. */
    public InterpretationPart workingPart(Actor actor, long documentId, long partId) {
        return working(actor, documentId).stream().filter(p -> p.id() == partId).findFirst()
                .orElseThrow(GongkaiException::notFound);
    }

    /** The parts of a public document's public version, in order (empty for a document that is not public). */
    public List<InterpretationPart> published(long documentId) {
        return jdbc.sql("SELECT p." + COLUMNS.replace(", ", ", p.") + " FROM catalogue_interpretation_part p "
                        + "JOIN catalogue_document d ON d.id = p.document_id AND p.version = d.public_version "
                        + "WHERE d.id = ? AND d.status <> 'WITHDRAWN' ORDER BY p.position, p.id")
                .param(documentId).query(InterpretationParts::row).list();
    }

    /** The public parts of several documents (for search), by document id. */
    Map<Long, List<InterpretationPart>> published(Collection<Long> documentIds) {
        Map<Long, List<InterpretationPart>> out = new HashMap<>();
        if (documentIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT p." + COLUMNS.replace(", ", ", p.") + " FROM catalogue_interpretation_part p "
                        + "JOIN catalogue_document d ON d.id = p.document_id AND p.version = d.public_version "
                        + "WHERE d.id IN (:ids) ORDER BY p.document_id, p.position, p.id")
                .param("ids", documentIds).query(InterpretationParts::row).list()
                .forEach(p -> out.computeIfAbsent(p.documentId(), k -> new java.util.ArrayList<>()).add(p));
        return out;
    }

    /** An image part of a public document's public version, with its picture; empty otherwise. */
    public Optional<InterpretationPart> publicImage(long partId) {
        return jdbc.sql("SELECT p." + COLUMNS.replace(", ", ", p.") + " FROM catalogue_interpretation_part p "
                        + "JOIN catalogue_document d ON d.id = p.document_id AND p.version = d.public_version "
                        + "WHERE p.id = ? AND p.kind = 'IMAGE' AND d.status <> 'WITHDRAWN'")
                .param(partId).query(InterpretationParts::row).optional();
    }

    /** The working image part of a document the actor may see (the console's preview); 404 otherwise. */
    public InterpretationPart workingImage(Actor actor, long documentId, long partId) {
        InterpretationPart p = workingPart(actor, documentId, partId);
        if (p.kind() != Kind.IMAGE) {
            throw GongkaiException.notFound();
        }
        return p;
    }

    public InputStream open(InterpretationPart image) {
        FileStore store = files.getIfAvailable();
        if (store == null || image.fileId() == null) {
            throw GongkaiException.notFound();
        }
        return store.open(image.fileId());
    }

    /** Copies the working copy as the parts of the newly published {@code version} (inside the publication). */
    void publish(long documentId, int version) {
        jdbc.sql("INSERT INTO catalogue_interpretation_part (document_id, version, kind, position, question, answer, "
                        + "file_id, file_name, media_type, alt_text, video_url, video_title, created_at) "
                        + "SELECT document_id, :version, kind, position, question, answer, file_id, file_name, "
                        + "media_type, alt_text, video_url, video_title, :now FROM catalogue_interpretation_part "
                        + "WHERE document_id = :id AND version IS NULL")
                .param("version", version).param("now", java.sql.Timestamp.from(clock.instant()))
                .param("id", documentId).update();
    }

    // --- commands -------------------------------------------------------------------------------------------------

    InterpretationPart add(AddInterpretationPart c, CommandContext context) {
        Document d = editable(context.requireActor(), c.id());
        InterpretationPart.Text text = checked(c.text());
        List<InterpretationPart> parts = working(context.requireActor(), d.id());
        if (parts.size() >= InterpretationPart.PARTS_MAX) {
            throw new GongkaiException(ErrorCode.INTERPRETATION_PARTS_FULL);
        }
        FileStore.StoredFile image = null;
        if (text.kind() == Kind.IMAGE) {
            if (c.image() == null) {
                throw GongkaiException.invalid("file", "请选择要上传的图片");
            }
            FileStore store = files.getIfAvailable();
            if (store == null) {
                throw new GongkaiException(ErrorCode.ATTACHMENTS_UNAVAILABLE, "附件存储尚未配置", "file");
            }
            image = store.store(c.image(), c.imageName(), AttachmentPurpose.INTERPRETATION_IMAGE);
        }
        int position = parts.stream().mapToInt(InterpretationPart::position).max().orElse(0) + 1;
        org.springframework.jdbc.support.KeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO catalogue_interpretation_part (document_id, kind, position, question, answer, "
                        + "file_id, file_name, media_type, alt_text, video_url, video_title, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), text.kind().name(), position, text.question(), text.answer(),
                        image == null ? null : image.id(), image == null ? null : image.originalName(),
                        image == null ? null : image.mediaType(), text.altText(), text.videoUrl(), text.videoTitle(),
                        java.sql.Timestamp.from(clock.instant()))
                .update(key, "id");
        return workingPart(context.requireActor(), d.id(), key.getKeyAs(Number.class).longValue());
    }

    InterpretationPart edit(EditInterpretationPart c, CommandContext context) {
        Document d = editable(context.requireActor(), c.id());
        InterpretationPart p = workingPart(context.requireActor(), d.id(), c.partId());
        if (c.text().kind() != p.kind()) {
            throw GongkaiException.invalid("kind", "不能改变内容的类型，请删除后重新添加");
        }
        InterpretationPart.Text text = checked(c.text());
        jdbc.sql("UPDATE catalogue_interpretation_part SET question = ?, answer = ?, alt_text = ?, video_url = ?, "
                        + "video_title = ? WHERE id = ?")
                .params(text.question(), text.answer(), text.altText(), text.videoUrl(), text.videoTitle(), p.id())
                .update();
        return workingPart(context.requireActor(), d.id(), p.id());
    }

    InterpretationPart remove(RemoveInterpretationPart c, CommandContext context) {
        Document d = editable(context.requireActor(), c.id());
        InterpretationPart p = workingPart(context.requireActor(), d.id(), c.partId());
        jdbc.sql("DELETE FROM catalogue_interpretation_part WHERE id = ?").param(p.id()).update();
        return p;
    }

    InterpretationPart move(MoveInterpretationPart c, CommandContext context) {
        Document d = editable(context.requireActor(), c.id());
        List<InterpretationPart> parts = working(context.requireActor(), d.id());
        int at = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).id() == c.partId()) {
                at = i;
            }
        }
        if (at < 0) {
            throw GongkaiException.notFound();
        }
        int to = c.up() ? at - 1 : at + 1;
        if (to < 0 || to >= parts.size()) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, c.up() ? "已经是第一项" : "已经是最后一项");
        }
        List<InterpretationPart> order = new java.util.ArrayList<>(parts);
        java.util.Collections.swap(order, at, to);
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("UPDATE catalogue_interpretation_part SET position = ? WHERE id = ?")
                    .params(i + 1, order.get(i).id()).update();
        }
        return parts.get(at);
    }

    /** The interpretation locked for the change: visible, an interpretation, and a draft. */
    private Document editable(Actor actor, long id) {
        Document d = access.lockVisible(actor, id);
        if (d.content().interpretsId() == null) {
            throw new GongkaiException(ErrorCode.NOT_AN_INTERPRETATION);
        }
        if (d.status() != DocumentStatus.DRAFT) {
            throw new GongkaiException(ErrorCode.DOCUMENT_NOT_EDITABLE,
                    "只有草稿可以修改解读的问答、图解和视频；已发布的解读请先“修改”生成新版本");
        }
        return d;
    }

    private static InterpretationPart.Text checked(InterpretationPart.Text text) {
        if (text == null || text.kind() == null) {
            throw GongkaiException.invalid("kind", "请选择内容类型");
        }
        text.problems().entrySet().stream().findFirst().ifPresent(e -> {
            throw GongkaiException.invalid(e.getKey(), e.getValue());
        });
        return text.clean();
    }

    private static InterpretationPart row(ResultSet rs, int n) throws SQLException {
        int version = rs.getInt("version");
        return new InterpretationPart(rs.getLong("id"), rs.getLong("document_id"), rs.wasNull() ? null : version,
                Kind.valueOf(rs.getString("kind")), rs.getInt("position"), rs.getString("question"),
                rs.getString("answer"), rs.getString("file_id"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getString("alt_text"), rs.getString("video_url"), rs.getString("video_title"));
    }

    // --- handlers: an editor of the interpretation's unit ------------------------------------------------------------

    @Bean
    CommandHandler<AddInterpretationPart, InterpretationPart> addInterpretationPart() {
        return CommandHandlers.handle(AddInterpretationPart.class, this::add)
                .authorisedBy((c, actor) -> access.authorise(actor, c.id(), Role.EDITOR))
                .describedBy((c, p) -> p.describe())
                .build();
    }

    @Bean
    CommandHandler<EditInterpretationPart, InterpretationPart> editInterpretationPart() {
        return CommandHandlers.handle(EditInterpretationPart.class, this::edit)
                .authorisedBy((c, actor) -> access.authorise(actor, c.id(), Role.EDITOR))
                .describedBy((c, p) -> p.describe())
                .build();
    }

    @Bean
    CommandHandler<RemoveInterpretationPart, InterpretationPart> removeInterpretationPart() {
        return CommandHandlers.handle(RemoveInterpretationPart.class, this::remove)
                .authorisedBy((c, actor) -> access.authorise(actor, c.id(), Role.EDITOR))
                .describedBy((c, p) -> p.describe())
                .build();
    }

    @Bean
    CommandHandler<MoveInterpretationPart, InterpretationPart> moveInterpretationPart() {
        return CommandHandlers.handle(MoveInterpretationPart.class, this::move)
                .authorisedBy((c, actor) -> access.authorise(actor, c.id(), Role.EDITOR))
                .describedBy((c, p) -> p.describe() + (c.up() ? "；上移" : "；下移"))
                .build();
    }
}
