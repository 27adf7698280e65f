package org.gongkai.organisation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The parent links of all units, for descendant lookups and cycle checks. */
final class UnitTree {

    private final Map<Long, Long> parents;
    private final Map<Long, List<Long>> children = new HashMap<>();

    UnitTree(Map<Long, Long> parents) {
        this.parents = parents;
        parents.forEach((child, parent) -> {
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
            }
        });
    }

    Set<Long> selfAndDescendants(long unitId) {
        Set<Long> result = new LinkedHashSet<>();
        if (!parents.containsKey(unitId)) {
            return result;
        }
        Deque<Long> todo = new ArrayDeque<>();
        todo.add(unitId);
        while (!todo.isEmpty()) {
            Long next = todo.poll();
            if (result.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    Set<Long> allIds() {
        return parents.keySet();
    }

    /** Whether making {@code newParent} the parent of {@code unitId} would close a loop. */
    boolean wouldCycle(long unitId, Long newParent) {
        Long cursor = newParent;
        Set<Long> seen = new LinkedHashSet<>();
        while (cursor != null && seen.add(cursor)) {
            if (Objects.equals(cursor, unitId)) {
                return true;
            }
            cursor = parents.get(cursor);
        }
        return cursor != null;
    }
}
