package org.gongkai.gazette;

import java.util.Optional;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Component;

/**
 * Who works on the gazette (decision 037): the 信息员 (EDITOR) of the office unit ({@code gongkai.gazette.office-unit-code},
 * 县政府办公室) compile issues and keep the distribution list; its 签发领导 (LEADER, also a leader above it) or the
 * 政府办主任 (OFFICE_HEAD) publish an issue. Nobody else changes anything, whatever other roles they hold.
 */
@Component
public class GazetteAccess {

    private final UnitDirectory units;
    private final GazetteSettings settings;

    GazetteAccess(UnitDirectory units, GazetteSettings settings) {
        this.units = units;
        this.settings = settings;
    }

    /** The office unit's id, when the setting names an existing unit. */
    public Optional<Long> officeUnit() {
        return units.findByCreditCode(settings.officeUnitCode()).map(UnitDirectory.UnitView::id);
    }

    public boolean mayEdit(Actor actor) {
        return actor != null && officeUnit().map(id -> actor.unitsWithRole(Role.EDITOR).contains(id)).orElse(false);
    }

    public boolean mayPublish(Actor actor) {
        return actor != null && officeUnit()
                .map(id -> units.visibleUnits(actor, Role.LEADER, Role.OFFICE_HEAD).contains(id)).orElse(false);
    }

    /** May open the console pages (edit or publish). */
    public boolean mayWork(Actor actor) {
        return mayEdit(actor) || mayPublish(actor);
    }

    void requireEdit(Actor actor) {
        if (!mayEdit(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有" + officeName() + "的信息员可以编辑政府公报");
        }
    }

    void requirePublish(Actor actor) {
        if (!mayPublish(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有" + officeName() + "的签发领导或政府办主任可以出版政府公报");
        }
    }

    public void requireWorkAccess(Actor actor) {
        if (!mayWork(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有" + officeName() + "的信息员、签发领导或政府办主任可以使用政府公报编辑");
        }
    }

    private String officeName() {
        return units.findByCreditCode(settings.officeUnitCode()).map(UnitDirectory.UnitView::name).orElse("公报编辑单位");
    }
}
