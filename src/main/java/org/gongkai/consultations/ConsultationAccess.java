package org.gongkai.consultations;

import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Component;

/**
 * Who works on a consultation: the 信息员 (EDITOR) of its unit write it, announce it, moderate, group and decide the
 * comments and generate the feedback report; the unit's 签发领导 (LEADER, also a leader above it) or the 政府办主任
 * (OFFICE_HEAD) approve and publish the report. Nobody sees another unit's consultations before they are public.
 */
@Component
public class ConsultationAccess {

    private final UnitDirectory units;

    ConsultationAccess(UnitDirectory units) {
        this.units = units;
    }

    public boolean mayEdit(Actor actor, long unitId) {
        return actor != null && actor.unitsWithRole(Role.EDITOR).contains(unitId);
    }

    public boolean mayApprove(Actor actor, long unitId) {
        return actor != null && units.visibleUnits(actor, Role.LEADER, Role.OFFICE_HEAD).contains(unitId);
    }

    /** The units whose consultations the actor works on. */
    public Set<Long> workUnits(Actor actor) {
        Set<Long> out = new java.util.HashSet<>(actor.unitsWithRole(Role.EDITOR));
        out.addAll(units.visibleUnits(actor, Role.LEADER, Role.OFFICE_HEAD));
        return out;
    }

    void requireEdit(Actor actor, long unitId) {
        if (!mayEdit(actor, unitId)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有本单位的信息员可以办理征求意见");
        }
    }

    void requireApprove(Actor actor, long unitId) {
        if (!mayApprove(actor, unitId)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有本单位的签发领导或政府办主任可以审核、公布反馈报告");
        }
    }

    /** A staff member who works on the unit's consultations (404 otherwise: another unit's records do not exist). */
    void requireWork(Actor actor, long unitId) {
        if (actor == null || !workUnits(actor).contains(unitId)) {
            throw GongkaiException.notFound();
        }
    }
}
