package org.gongkai.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.gongkai.TestActors.TestActor;
import org.gongkai.common.PersonalData;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;

class DataScopeRulesTest {

    // 1 government → 2 office → 3 sub-office; 1 → 4 bureau
    private final UnitTree tree = new UnitTree(links());

    private static Map<Long, Long> links() {
        Map<Long, Long> m = new HashMap<>();
        m.put(1L, null);
        m.put(2L, 1L);
        m.put(3L, 2L);
        m.put(4L, 1L);
        return m;
    }

    private static TestActor actor(Map<Long, Set<Role>> roles) {
        return new TestActor(9, "x", "x", roles);
    }

    @Test
    void roleWithoutSubUnitScopeSeesOnlyItsUnit() {
        assertThat(JdbcUnitDirectory.visibleUnits(tree, actor(Map.of(2L, Set.of(Role.EDITOR))))).containsExactly(2L);
    }

    @Test
    void supervisorSeesSubUnits() {
        assertThat(JdbcUnitDirectory.visibleUnits(tree, actor(Map.of(2L, Set.of(Role.SUPERVISOR)))))
                .containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void scopeForOneRoleIgnoresUnitsWhereOnlyOtherRolesAreHeld() {
        var a = actor(Map.of(2L, Set.of(Role.SUPERVISOR), 4L, Set.of(Role.EDITOR)));
        assertThat(JdbcUnitDirectory.visibleUnits(tree, a, Role.EDITOR)).containsExactly(4L);
        assertThat(JdbcUnitDirectory.visibleUnits(tree, a)).containsExactlyInAnyOrder(2L, 3L, 4L);
    }

    @Test
    void systemAdministratorManagesTheWholeOrganisation() {
        assertThat(JdbcUnitDirectory.visibleUnits(tree, actor(Map.of(4L, Set.of(Role.SYSTEM_ADMIN)))))
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void membershipWithoutRoleStillShowsTheOwnUnit() {
        assertThat(JdbcUnitDirectory.visibleUnits(tree, actor(Map.of(3L, Set.of())))).containsExactly(3L);
    }

    @Test
    void detectsCyclesInTheParentChain() {
        assertThat(tree.wouldCycle(2L, 3L)).isTrue();
        assertThat(tree.wouldCycle(2L, 2L)).isTrue();
        assertThat(tree.wouldCycle(3L, 4L)).isFalse();
    }

    @Test
    void masksMobileKeepingFirstThreeAndLastFour() {
        assertThat(PersonalData.maskMobile("13812341234")).isEqualTo("138****1234");
        assertThat(PersonalData.maskMobile(null)).isEmpty();
    }
}
