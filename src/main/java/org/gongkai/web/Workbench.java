package org.gongkai.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.common.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The workbench (工作台): every module's to-do counts for the signed-in officer ({@link WorkbenchContribution}
 * beans), grouped by module heading in order, each kept only when the access rules admit the officer to its
 * filtered queue.
 */
@Component
class Workbench {

    /** One heading of the workbench with its counts. */
    public record Group(String label, List<Entry> items) {}

    /** A count with the element id of its link ({@code todo-requests-due-soon} for {@code /console/requests?due=soon}). */
    public record Entry(WorkbenchContribution.Item item, String id) {

        public String label() {
            return item.label();
        }

        public long count() {
            return item.count();
        }

        public String href() {
            return item.href();
        }

        public boolean urgent() {
            return item.urgent();
        }
    }

    static String idOf(String href) {
        String key = href.startsWith("/console/") ? href.substring("/console/".length()) : href;
        return "todo-" + key.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "").toLowerCase();
    }

    private final ObjectProvider<WorkbenchContribution> contributions;
    private final ConsoleNavigation navigation;

    Workbench(ObjectProvider<WorkbenchContribution> contributions, ConsoleNavigation navigation) {
        this.contributions = contributions;
        this.navigation = navigation;
    }

    List<Group> groups(Actor actor, Authentication auth) {
        Map<String, List<Entry>> byGroup = new LinkedHashMap<>();
        contributions.orderedStream()
                .flatMap(c -> c.items(actor).stream())
                .filter(item -> navigation.mayOpen(auth, item.href()))
                .sorted(Comparator.comparingInt(WorkbenchContribution.Item::order)
                        .thenComparing(WorkbenchContribution.Item::href))
                .forEach(item -> byGroup.computeIfAbsent(item.group(), g -> new ArrayList<>())
                        .add(new Entry(item, idOf(item.href()))));
        return byGroup.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
