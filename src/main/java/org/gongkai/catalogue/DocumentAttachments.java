package org.gongkai.catalogue;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.gongkai.catalogue.DocumentCommands.AddAttachment;
import org.gongkai.catalogue.DocumentCommands.RemoveAttachment;
import org.gongkai.commands.CommandContext;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.files.FileStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A document's attachments: added and removed while it is a draft, served once the document is public. */
@Component
class DocumentAttachments {

    private final DocumentRepository documents;
    private final AttachmentRepository attachments;
    private final DocumentAccess access;
    private final ObjectProvider<FileStore> files;
    private final CatalogueProperties properties;
    private final Clock clock;

    DocumentAttachments(DocumentRepository documents, AttachmentRepository attachments, DocumentAccess access,
            ObjectProvider<FileStore> files, CatalogueProperties properties, Clock clock) {
        this.documents = documents;
        this.attachments = attachments;
        this.access = access;
        this.files = files;
        this.properties = properties;
        this.clock = clock;
    }

    Attachment add(AddAttachment command, CommandContext context) {
        Document d = access.lockVisible(context.requireActor(), command.id());
        if (d.status() != DocumentStatus.DRAFT) {
            throw new GongkaiException(ErrorCode.DOCUMENT_NOT_EDITABLE, "只有草稿可以添加附件", "file");
        }
        FileStore store = files.getIfAvailable();
        if (store == null) {
            throw new GongkaiException(ErrorCode.ATTACHMENTS_UNAVAILABLE, "附件存储尚未配置", "file");
        }
        FileStore.StoredFile stored = store.store(command.content(), command.name(),
                AttachmentPurpose.CATALOGUE_ATTACHMENT);
        return attachments.insert(d.id(), stored.id(), stored.originalName(), stored.mediaType(), stored.size(),
                clock.instant());
    }

    /** An attachment not yet removed; 404 otherwise. */
    Attachment find(long attachmentId) {
        return attachments.find(attachmentId).filter(x -> !x.removed()).orElseThrow(GongkaiException::notFound);
    }

    /** The attachment (not yet removed) of document {@code documentId}; 404 otherwise. */
    Attachment current(long documentId, long attachmentId) {
        return attachments.find(attachmentId).filter(x -> !x.removed()).filter(x -> x.documentId() == documentId)
                .orElseThrow(GongkaiException::notFound);
    }

    Attachment remove(RemoveAttachment command, CommandContext context) {
        Attachment a = current(command.id(), command.attachmentId());
        Document d = access.lockVisible(context.requireActor(), a.documentId());
        if (d.status() != DocumentStatus.DRAFT) {
            throw new GongkaiException(ErrorCode.DOCUMENT_NOT_EDITABLE, "只有草稿可以删除附件");
        }
        attachments.remove(a.id());
        return a;
    }

    List<Attachment> of(long documentId) {
        return attachments.current(documentId);
    }

    Optional<Attachment> publicAttachment(long attachmentId) {
        return attachments.find(attachmentId).filter(a -> !a.removed())
                .filter(a -> documents.find(a.documentId()).map(Document::isPublic).orElse(false));
    }

    InputStream open(Attachment a) {
        FileStore store = files.getIfAvailable();
        if (store == null) {
            throw GongkaiException.notFound();
        }
        return store.open(a.fileId());
    }
}
