package org.gongkai.trading.draws;

import java.util.Map;
import org.gongkai.trading.TradingFixtures;

final class DrawApiIntegrationTestSupport {

    private DrawApiIntegrationTestSupport() {}

    static String write(Map<String, Object> record) {
        return TradingFixtures.JSON.writeValueAsString(record);
    }
}
