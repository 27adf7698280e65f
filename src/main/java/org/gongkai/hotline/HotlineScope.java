package org.gongkai.hotline;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Component;

/**
 * Who acts on tickets: a hotline officer of the 12345 centre ({@link HotlineSettings#centreUnit}) works county-wide
 * (intake, dispatch, arbitration, extension approval, urging, closing, callbacks); a hotline officer of any other unit
 * handles the tickets dispatched to that unit. A ticket outside the actor's scope is not found (404).
 */
@Component
class HotlineScope {

    private final UnitDirectory units;
    private final HotlineSettings settings;

    HotlineScope(UnitDirectory units, HotlineSettings settings) {
        this.units = units;
        this.settings = settings;
    }

    Optional<Long> centreUnitId() {
        return units.findByCreditCode(settings.centreUnit()).map(UnitDirectory.UnitView::id);
    }

    boolean isCentre(Actor actor) {
        Optional<Long> centre = centreUnitId();
        return actor != null && centre.isPresent() && actor.unitsWithRole(Role.HOTLINE_OFFICER).contains(centre.get());
    }

    /** The units whose tickets the actor handles as a unit (not as the centre). */
    Set<Long> handlingUnits(Actor actor) {
        if (actor == null) {
            return Set.of();
        }
        Set<Long> own = new HashSet<>(units.visibleUnits(actor, Role.HOTLINE_OFFICER));
        centreUnitId().ifPresent(own::remove);
        return own;
    }

    void requireCentre(Actor actor) {
        if (!isCentre(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有 12345 热线中心可以执行此操作");
        }
    }

    /** Refuses a unit handler who does not hold the ticket now (the centre is refused too: the unit acts). */
    void requireHolder(Actor actor, Ticket t) {
        if (t.unitId() == null || !handlingUnits(actor).contains(t.unitId())) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有工单当前的承办单位可以执行此操作");
        }
    }

    /** Refuses whoever is not a co-unit (协办单位) of the ticket's current dispatch. */
    void requireCoUnit(Actor actor, Ticket t) {
        Set<Long> own = handlingUnits(actor);
        if (t.coUnitParts().keySet().stream().noneMatch(own::contains)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有本工单的协办单位可以提交协办意见");
        }
    }

    /** The first of the actor's units that is a co-unit of the ticket and has not given its part yet. */
    Optional<Long> pendingCoUnit(Ticket t, Set<Long> own) {
        return t.coUnitParts().entrySet().stream().filter(e -> e.getValue() == null && own.contains(e.getKey()))
                .map(java.util.Map.Entry::getKey).findFirst();
    }

    /** Whether the actor may see the ticket: the centre always, a unit when it holds or once held it. */
    boolean sees(Actor actor, Ticket t, TicketRepository tickets) {
        if (isCentre(actor)) {
            return true;
        }
        Set<Long> own = handlingUnits(actor);
        return (t.unitId() != null && own.contains(t.unitId())) || tickets.dispatchedToAny(t.id(), own);
    }

    /** The unit of a code, or a refusal at {@code field}. */
    long unit(String creditCode, String field) {
        return units.findByCreditCode(creditCode == null ? "" : creditCode.trim())
                .filter(u -> !u.isExternalIssuer())
                .map(UnitDirectory.UnitView::id)
                .orElseThrow(() -> GongkaiException.invalid(field, "未找到该承办单位"));
    }

    /** The unit of a code, or 404 (a KPI or list filter naming no unit). */
    long unitOrNotFound(String creditCode) {
        return units.findByCreditCode(creditCode).map(UnitDirectory.UnitView::id)
                .orElseThrow(GongkaiException::notFound);
    }

    Optional<UnitDirectory.UnitView> view(Long unitId) {
        return unitId == null ? Optional.empty() : units.findById(unitId);
    }
}
