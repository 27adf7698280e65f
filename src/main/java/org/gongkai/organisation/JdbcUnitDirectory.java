package org.gongkai.organisation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcUnitDirectory implements UnitDirectory {

    private final UnitRepository units;
    private final RemedySettings remedies;

    JdbcUnitDirectory(UnitRepository units, RemedySettings remedies) {
        this.units = units;
        this.remedies = remedies;
    }

    @Override
    public Optional<LetterDetails> letterDetails(long unitId) {
        return units.findById(unitId).map(unit -> {
            Map<Long, Unit> all = new java.util.HashMap<>();
            units.findAll().forEach(u -> all.put(u.id(), u));
            return UnitRemedies.resolve(unit, units.letterSettings(unitId), all, remedies);
        });
    }

    @Override
    public Optional<UnitView> findById(long id) {
        return units.findById(id).map(Unit::view);
    }

    @Override
    public Optional<UnitView> findByCreditCode(String creditCode) {
        return units.findByCreditCode(creditCode).map(Unit::view);
    }

    @Override
    public List<UnitView> findAll() {
        return units.findAll().stream().map(Unit::view).toList();
    }

    @Override
    public Set<Long> selfAndDescendants(long unitId) {
        return tree().selfAndDescendants(unitId);
    }

    @Override
    public Set<Long> visibleUnits(Actor actor, Role... roles) {
        return visibleUnits(tree(), actor, roles);
    }

    UnitTree tree() {
        return new UnitTree(units.parentLinks());
    }

    /**
     * Data scope. With no roles given, every unit the actor belongs to counts (even without a role there).
     * A system administrator (when that role is asked for) sees the whole organisation.
     */
    static Set<Long> visibleUnits(UnitTree tree, Actor actor, Role... roles) {
        boolean anyRole = roles.length == 0;
        Set<Role> wanted = anyRole ? EnumSet.allOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
        if (wanted.contains(Role.SYSTEM_ADMIN) && actor.hasRole(Role.SYSTEM_ADMIN)) {
            return Set.copyOf(tree.allIds());
        }
        Set<Long> visible = new LinkedHashSet<>();
        for (Map.Entry<Long, Set<Role>> entry : actor.unitRoles().entrySet()) {
            Set<Role> held = entry.getValue();
            boolean matches = anyRole || held.stream().anyMatch(wanted::contains);
            if (!matches) {
                continue;
            }
            boolean coversSubUnits = held.stream().filter(wanted::contains).anyMatch(Role::coversSubUnits);
            if (coversSubUnits) {
                visible.addAll(tree.selfAndDescendants(entry.getKey()));
            } else if (tree.allIds().contains(entry.getKey())) {
                visible.add(entry.getKey());
            }
        }
        return visible;
    }
}
