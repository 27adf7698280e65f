package org.gongkai.hotline;

import java.util.List;
import org.gongkai.common.Actor;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The hotline's console links (its hundred: 1100). The intake screen is offered only to the 12345 centre's officers,
 * as {@link HotlineScope#requireCentre} lets only them open it; a unit's handler sees the inbox and the KPIs.
 */
@Component
class HotlineConsoleMenu implements ConsoleMenuContribution {

    static final String INTAKE = "/console/hotline/new";

    private final HotlineScope scope;

    HotlineConsoleMenu(HotlineScope scope) {
        this.scope = scope;
    }

    @Override
    public List<Item> items() {
        return List.of(new Item("12345 工单", "/console/hotline", 1100),
                new Item("12345 受理登记", INTAKE, 1110),
                new Item("12345 指标", "/console/hotline/kpis", 1120));
    }

    @Override
    public boolean offers(Item item, Authentication auth) {
        return !INTAKE.equals(item.href())
                || (auth != null && auth.getPrincipal() instanceof Actor actor && scope.isCentre(actor));
    }
}
