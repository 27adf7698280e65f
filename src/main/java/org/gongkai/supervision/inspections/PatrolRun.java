package org.gongkai.supervision.inspections;

import java.util.Map;

/** What one run of the automatic patrol found: its inspection, new findings by kind, problems already listed. */
public record PatrolRun(String inspectionNumber, Map<FindingKind, Integer> found, int alreadyListed, int deferred) {

    public int total() {
        return found.values().stream().mapToInt(Integer::intValue).sum();
    }
}
