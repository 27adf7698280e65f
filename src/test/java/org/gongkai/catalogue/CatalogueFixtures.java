package org.gongkai.catalogue;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Demo units and signed-in actors for catalogue tests (documents get unique titles; the database is shared). */
final class CatalogueFixtures {

    static final String OFFICE = "11990101100100148H";
    static final String FINANCE = "119901011001002878";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CatalogueFixtures() {}

    static String unique(String prefix) {
        return prefix + Long.toString(Math.abs(RANDOM.nextLong()), 36);
    }

    static long unit(UnitDirectory units, String creditCode) {
        return units.findByCreditCode(creditCode).orElseThrow().id();
    }

    /** Editor, reviewer and leader of one unit at once (the workflow tests walk every step). */
    static RequestPostProcessor allRoles(long unitId) {
        return TestActors.as(-7, "catalogue-test", Map.of(unitId, Set.of(Role.EDITOR, Role.REVIEWER, Role.LEADER)));
    }

    static TestActors.TestActor actor(long unitId, Role... roles) {
        return new TestActors.TestActor(-7, "catalogue-test", "测试", Map.of(unitId, Set.of(roles)));
    }

    static String draftJson(long unitId, String title, String body) {
        return """
                {"unitId": %d, "title": "%s", "summary": "测试摘要", "documentNumber": "示政发〔2026〕%d号",
                 "writtenOn": "2026-11-20", "topic": "综合政务\\\\政务公开", "category": "行政规范性文件",
                 "genre": "通知", "keywords": ["测试", "政务公开"], "validity": "有效", "body": "%s"}"""
                .formatted(unitId, title, java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 1_000_000_000), body);
    }
}
