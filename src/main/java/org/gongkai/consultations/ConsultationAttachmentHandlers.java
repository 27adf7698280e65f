package org.gongkai.consultations;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.consultations.ConsultationCommands.AddConsultationAttachment;
import org.gongkai.consultations.ConsultationCommands.RemoveConsultationAttachment;
import org.gongkai.consultations.ConsultationStatus.Action;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.files.FileStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The draft's attachments: the unit's staff add and remove files while the consultation is a draft or scheduled
 * ({@link Action#ATTACH}); once it opens they are what the public downloads, frozen. Files are stored through the
 * files module under {@link AttachmentPurpose#CONSULTATION_DRAFT} (type checked by content, size a setting); at most
 * {@code gongkai.consultations.max-attachments} per consultation.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationAttachmentHandlers {

    private final ConsultationRepository repository;
    private final ConsultationAccess access;
    private final ConsultationCases cases;
    private final ConsultationSettings settings;
    private final FileStore files;
    private final Clock clock;

    ConsultationAttachmentHandlers(ConsultationRepository repository, ConsultationAccess access,
            ConsultationCases cases, ConsultationSettings settings, FileStore files, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.cases = cases;
        this.settings = settings;
        this.files = files;
        this.clock = clock;
    }

    @Bean
    CommandHandler<AddConsultationAttachment, Long> addConsultationAttachment() {
        return CommandHandlers.handle(AddConsultationAttachment.class, this::add)
                .authorisedBy((c, actor) -> access.requireEdit(actor, cases.unitOf(c.consultationId())))
                .describedBy((c, id) -> "添加草案附件：" + c.name()).build();
    }

    @Bean
    CommandHandler<RemoveConsultationAttachment, Void> removeConsultationAttachment() {
        return CommandHandlers.handle(RemoveConsultationAttachment.class, this::remove)
                .authorisedBy((c, actor) -> access.requireEdit(actor, cases.unitOf(c.consultationId())))
                .describedBy((c, r) -> "删除草案附件 " + c.attachmentId()).build();
    }

    private Long add(AddConsultationAttachment c, CommandContext ctx) {
        Consultation k = frozenUnlessEditable(c.consultationId());
        if (c.content().length == 0) {
            throw GongkaiException.invalid("file", "请选择文件");
        }
        if (repository.attachments(k.id()).size() >= settings.maxAttachments()) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED,
                    "草案附件最多 " + settings.maxAttachments() + " 个，请先删除不需要的附件", "file");
        }
        FileStore.StoredFile stored = files.store(new ByteArrayInputStream(c.content()), c.name(),
                AttachmentPurpose.CONSULTATION_DRAFT);
        return repository.insertAttachment(k.id(), stored, stored.originalName(), ctx.requireActor().username(),
                clock.instant());
    }

    private Void remove(RemoveConsultationAttachment c, CommandContext ctx) {
        Consultation k = frozenUnlessEditable(c.consultationId());
        if (!repository.deleteAttachment(k.id(), c.attachmentId())) {
            throw GongkaiException.notFound();
        }
        return null;
    }

    private Consultation frozenUnlessEditable(long id) {
        Consultation k = cases.locked(id);
        if (!ConsultationStatus.LIFECYCLE.allows(k.status(), Action.ATTACH)) {
            throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED, "征求意见已经开始，草案附件不能再修改");
        }
        return k;
    }
}
