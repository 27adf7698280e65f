package org.gongkai.catalogue;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a document: the data scope (a document outside it answers 404 like a missing
 * one) and the role each workflow action needs in the document's unit. Pages combine it with
 * {@link DocumentLifecycle#TABLE} to show only the actions that would be accepted.
 */
@Component
public class DocumentAccess {

    private final DocumentRepository documents;
    private final UnitDirectory units;

    DocumentAccess(DocumentRepository documents, UnitDirectory units) {
        this.documents = documents;
        this.units = units;
    }

    /** The document if the actor may see it; 404 otherwise. */
    Document visible(Actor actor, long id) {
        return documents.find(id).map(d -> inScope(actor, d)).orElseThrow(GongkaiException::notFound);
    }

    /** The document locked for update, if the actor may see it; 404 otherwise. */
    Document lockVisible(Actor actor, long id) {
        return documents.lock(id).map(d -> inScope(actor, d)).orElseThrow(GongkaiException::notFound);
    }

    /** Outside the data scope a document answers 404 like a missing one (recorded as out of scope). */
    private Document inScope(Actor actor, Document d) {
        if (!visible(actor, d)) {
            throw GongkaiException.outOfScope("Document", d.id());
        }
        return d;
    }

    boolean visible(Actor actor, Document d) {
        return units.visibleUnits(actor).contains(d.unitId());
    }

    Set<Long> visibleUnits(Actor actor, Role... roles) {
        return units.visibleUnits(actor, roles);
    }

    /** Refuses (FORBIDDEN) unless the actor has one of {@code roles} in the document's unit. */
    void requireRole(Actor actor, Document d, Role... roles) {
        if (!hasRole(actor, d, roles)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "您在该单位没有执行此操作所需的角色");
        }
    }

    boolean hasRole(Actor actor, Document d, Role... roles) {
        return units.visibleUnits(actor, roles).contains(d.unitId());
    }

    /** The roles (any one suffices) that {@code action} needs on {@code d} in its current status. */
    static Role[] rolesFor(WorkflowAction action, Document d) {
        return switch (action) {
            case SUBMIT, REVISE -> new Role[] {Role.EDITOR};
            case REVIEW -> new Role[] {Role.REVIEWER};
            case RETURN -> new Role[] {d.status() == DocumentStatus.REVIEWED ? Role.LEADER : Role.REVIEWER};
            case SIGN_OFF -> new Role[] {Role.LEADER};
            case PUBLISH, SCHEDULE, UNSCHEDULE, WITHDRAW -> new Role[] {Role.EDITOR, Role.LEADER};
        };
    }

    /** Authorises a workflow action: 404 outside the data scope, 403 without the role. */
    void authorise(Actor actor, long id, WorkflowAction action) {
        Document d = visible(requireActor(actor), id);
        requireRole(actor, d, rolesFor(action, d));
    }

    /** Authorises any other command on a document with one of {@code roles}. */
    void authorise(Actor actor, long id, Role... roles) {
        Document d = visible(requireActor(actor), id);
        requireRole(actor, d, roles);
    }

    /** The workflow actions the table allows now and the actor's roles allow (what the page offers). */
    public Set<WorkflowAction> allowedActions(Actor actor, Document d) {
        Set<WorkflowAction> out = EnumSet.noneOf(WorkflowAction.class);
        for (WorkflowAction a : DocumentLifecycle.TABLE.allowedActions(d.status())) {
            if (hasRole(actor, d, rolesFor(a, d))) {
                out.add(a);
            }
        }
        return out;
    }

    static Actor requireActor(Actor actor) {
        if (actor == null) {
            throw new GongkaiException(ErrorCode.UNAUTHENTICATED);
        }
        return actor;
    }
}
