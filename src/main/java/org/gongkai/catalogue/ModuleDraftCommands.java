package org.gongkai.catalogue;

import java.time.Clock;
import org.gongkai.catalogue.DocumentCommands.DocumentChange;
import org.gongkai.catalogue.DocumentCommands.DraftDocument;
import org.gongkai.catalogue.DocumentCommands.EditDocument;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The commands of {@link ModuleDrafts}: a draft another module's officer writes, created and submitted in one
 * command, and its correction after a return. Authorised by the role the module vouches for, held in the unit.
 */
@Configuration(proxyBeanMethods = false)
class ModuleDraftCommands {

    /** A draft of {@code unitId} by a holder of {@code authority} there, submitted for review at once. */
    record SubmitModuleDraft(long unitId, Role authority, DocumentContent content) implements Command {
        @Override
        public String objectType() {
            return "Document";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    /** A returned draft written through the port, corrected and submitted again. */
    record ResubmitModuleDraft(long id, Role authority, DocumentContent content) implements DocumentCommands.OnDocument {}

    private final DocumentWorkflow workflow;
    private final DocumentAccess access;
    private final DocumentRepository documents;
    private final JdbcClient jdbc;
    private final Clock clock;

    ModuleDraftCommands(DocumentWorkflow workflow, DocumentAccess access, DocumentRepository documents, JdbcClient jdbc,
            Clock clock) {
        this.workflow = workflow;
        this.access = access;
        this.documents = documents;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Bean
    CommandHandler<SubmitModuleDraft, DocumentChange> submitModuleDraft() {
        return CommandHandlers.handle(SubmitModuleDraft.class, this::submit)
                .authorisedBy((c, actor) -> requireAuthority(actor, c.authority(), c.unitId()))
                .describedBy((c, r) -> r.detail() + "（" + c.authority().label() + "撰写，提交审查）")
                .objectId((c, r) -> String.valueOf(r.document().id()))
                .build();
    }

    @Bean
    CommandHandler<ResubmitModuleDraft, DocumentChange> resubmitModuleDraft() {
        return CommandHandlers.handle(ResubmitModuleDraft.class, this::resubmit)
                .authorisedBy((c, actor) -> {
                    Document d = access.visible(DocumentAccess.requireActor(actor), c.id());
                    String recorded = jdbc.sql("SELECT authority FROM catalogue_module_draft WHERE document_id = :id")
                            .param("id", c.id()).query(String.class).optional().orElse(null);
                    if (c.authority() == null || !c.authority().name().equals(recorded)) {
                        throw new GongkaiException(ErrorCode.FORBIDDEN, "该文件不是由本业务撰写的，请由信息员在公开目录中修改");
                    }
                    requireAuthority(actor, c.authority(), d.unitId());
                })
                .describedBy((c, r) -> r.detail() + "（修改后重新提交审查）")
                .build();
    }

    private DocumentChange submit(SubmitModuleDraft c, CommandContext context) {
        DocumentChange drafted = workflow.draft(new DraftDocument(c.unitId(), c.content()), context);
        long id = drafted.document().id();
        jdbc.sql("INSERT INTO catalogue_module_draft (document_id, authority, created_at) VALUES (:id, :a, :at)")
                .param("id", id).param("a", c.authority().name())
                .param("at", java.sql.Timestamp.from(clock.instant())).update();
        return workflow.transition(id, WorkflowAction.SUBMIT, null, null, context);
    }

    private DocumentChange resubmit(ResubmitModuleDraft c, CommandContext context) {
        Document d = documents.find(c.id()).orElseThrow(GongkaiException::notFound);
        if (d.status() != DocumentStatus.DRAFT) {
            throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED, "文件当前状态为“" + d.status().label()
                    + "”，只有被退回的草稿可以修改后重新提交");
        }
        workflow.edit(new EditDocument(c.id(), c.content()), context);
        return workflow.transition(c.id(), WorkflowAction.SUBMIT, null, null, context);
    }

    /** The actor holds {@code authority} (not an administrator's role) in {@code unitId}; else 403. */
    private void requireAuthority(Actor actor, Role authority, long unitId) {
        if (authority == null || authority.isAdministrator()
                || !access.visibleUnits(DocumentAccess.requireActor(actor), authority).contains(unitId)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "您在该单位没有撰写此类文件的角色");
        }
    }
}
