package org.gongkai.trading;

import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Component;

/**
 * Who acts in trading: a trading officer works on the projects of the units where it holds the role (the trading
 * centre); a project outside that scope is not found (404). The expert pool is one county-wide pool, kept by the
 * expert-pool administrator; a trading officer may import experts too (the role list).
 */
@Component
public class TradingScope {

    private final UnitDirectory units;

    TradingScope(UnitDirectory units) {
        this.units = units;
    }

    /** The units whose projects the actor handles; refuses an actor without the role. */
    public Set<Long> officerUnits(Actor actor) {
        Set<Long> own = actor == null ? Set.of() : units.visibleUnits(actor, Role.TRADING_OFFICER);
        if (own.isEmpty()) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有公共资源交易人员可以执行此操作");
        }
        return own;
    }

    /** The unit a new project belongs to: the officer's (the lowest id when it holds the role in several). */
    public long homeUnit(Actor actor) {
        return officerUnits(actor).stream().sorted().findFirst().orElseThrow();
    }

    /** Editing and reading the pool's experts one by one is the expert-pool administrator's alone. */
    public void requireExpertAdmin(Actor actor) {
        if (actor == null || !actor.hasRole(Role.EXPERT_ADMIN)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有评标专家库管理员可以查看和编辑专家资料");
        }
    }

    public void requirePoolKeeper(Actor actor) {
        if (actor == null || !(actor.hasRole(Role.EXPERT_ADMIN) || actor.hasRole(Role.TRADING_OFFICER))) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有评标专家库管理员或公共资源交易人员可以维护专家库");
        }
    }
}
