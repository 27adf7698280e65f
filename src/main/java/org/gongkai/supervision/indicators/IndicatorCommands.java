package org.gongkai.supervision.indicators;

import org.gongkai.commands.Command;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 重建指标数据: empties the read model and replays the persisted events into it ({@link ReadModelRebuild}), audited
 * as {@code REBUILD_INDICATORS} with the numbers of events read and facts written. Who: a supervisor or office head
 * who sees every unit of the county, or the system administrator.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorCommands {

    public record RebuildIndicators() implements Command {
        @Override
        public String objectType() {
            return "IndicatorReadModel";
        }

        @Override
        public String objectId() {
            return "supervision";
        }
    }

    @Bean
    CommandHandler<RebuildIndicators, ReadModelRebuild.Result> rebuildIndicatorsHandler(ReadModelRebuild rebuild,
            IndicatorService service, org.gongkai.organisation.UnitDirectory units) {
        return CommandHandlers.<RebuildIndicators, ReadModelRebuild.Result>handle(RebuildIndicators.class,
                        (c, context) -> rebuild.rebuild(context.requireActor().username()))
                .authorisedBy((c, actor) -> {
                    if (!mayRebuild(actor, service, units)) {
                        throw new GongkaiException(org.gongkai.common.ErrorCode.FORBIDDEN, "只有县政府办公室的督查人员或系统管理员可以重建指标数据");
                    }
                })
                .describedBy((c, r) -> "由持久化事件重建监督考核指标数据：读取事件 " + r.events() + " 条，写入记录 " + r.facts() + " 条")
                .build();
    }

    static boolean mayRebuild(Actor actor, IndicatorService service, org.gongkai.organisation.UnitDirectory units) {
        if (actor == null) {
            return false;
        }
        if (actor.hasRole(Role.SYSTEM_ADMIN)) {
            return true;
        }
        return actor.hasRole(Role.SUPERVISOR) && service.readable(actor).size() >= units.findAll().stream()
                .filter(u -> !u.isExternalIssuer()).count();
    }
}
