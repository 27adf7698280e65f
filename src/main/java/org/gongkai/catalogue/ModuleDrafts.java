package org.gongkai.catalogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's port for documents another module writes (issue #14: a trading notice). The other module's officer
 * is not the unit's 信息员, so the port takes the role the module vouches for ({@code authority}, e.g.
 * {@link Role#TRADING_OFFICER}): the catalogue checks that the actor holds it in the unit, creates the draft and submits
 * it for review in one command ({@code SUBMIT_MODULE_DRAFT}, the personal-data guard scanning it as any submission).
 * From there the document is an ordinary one: 保密审查, 签发 and publication by the unit's reviewer and leader, an
 * index number, search and the feeds. A returned draft may be corrected and resubmitted by a holder of the same role
 * ({@code RESUBMIT_MODULE_DRAFT}). The module learns of publication and withdrawal from {@link CatalogueEvent}s and
 * reads the review status here, never from the catalogue's tables.
 */
@Service
public class ModuleDrafts {

    /**
     * Where a document written through the port is: its status, why it was returned (while it waits for correction),
     * and once public its index number and day.
     */
    public record DraftState(long documentId, DocumentStatus status, String indexNumber, LocalDate publishedOn,
            boolean isPublic, String returnedReason) {

        public String statusLabel() {
            return status.label();
        }
    }

    /** Resolved when used: other modules' command handlers call the port, and the dispatcher holds every handler. */
    private final ObjectProvider<CommandDispatcher> dispatcher;
    private final JdbcClient jdbc;

    ModuleDrafts(ObjectProvider<CommandDispatcher> dispatcher, JdbcClient jdbc) {
        this.dispatcher = dispatcher;
        this.jdbc = jdbc;
    }

    /** A new draft of {@code unitId}, submitted for review at once; returns the document id. */
    public long submit(Actor actor, Role authority, long unitId, DocumentContent content) {
        DocumentCommands.DocumentChange change = dispatcher.getObject().dispatchAs(actor,
                new ModuleDraftCommands.SubmitModuleDraft(unitId, authority, content));
        return change.document().id();
    }

    /** Corrects a returned draft written through the port and submits it again. */
    public void resubmit(Actor actor, Role authority, long documentId, DocumentContent content) {
        dispatcher.getObject().dispatchAs(actor, new ModuleDraftCommands.ResubmitModuleDraft(documentId, authority, content));
    }

    /** The state of each of {@code documentIds} (ids that do not exist are absent); one query per 500 ids. */
    @Transactional(readOnly = true)
    public Map<Long, DraftState> states(Collection<Long> documentIds) {
        Map<Long, DraftState> out = new HashMap<>();
        List<Long> ids = documentIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("SELECT id, status, index_number, published_on, public_version, returned_reason"
                            + " FROM catalogue_document"
                            + " WHERE id IN (:ids)").param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query((rs, i) -> {
                        DocumentStatus status = DocumentStatus.valueOf(rs.getString("status"));
                        boolean isPublic = rs.getObject("public_version") != null && status != DocumentStatus.WITHDRAWN;
                        return new DraftState(rs.getLong("id"), status, rs.getString("index_number"),
                                rs.getObject("published_on", LocalDate.class), isPublic,
                                status == DocumentStatus.DRAFT ? rs.getString("returned_reason") : null);
                    }).list().forEach(s -> out.put(s.documentId(), s));
        }
        return out;
    }
}
