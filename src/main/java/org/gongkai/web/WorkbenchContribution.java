package org.gongkai.web;

import java.util.List;
import org.gongkai.common.Actor;
import org.springframework.modulith.NamedInterface;

/**
 * SPI: a module's to-do counts on the console's workbench (工作台, {@code /console}). Each module with work
 * waiting for officers declares one bean (e.g. {@code requests/RequestsWorkbench}); the workbench asks every
 * bean for the signed-in actor's items, so web depends on no capability module. A module counts only records in
 * the actor's data scope ({@code UnitDirectory.visibleUnits}) for the roles the kind of work needs, with the same
 * query its filtered queue runs (the count and the list behind the link cannot disagree), and returns no item for
 * a kind the actor's roles cannot do. The workbench shows an item only when the access rules admit the actor to
 * its link (as {@link ConsoleMenuContribution}).
 */
@NamedInterface("workbench")
public interface WorkbenchContribution {

    /** The actor's to-do items of this module; empty when none of the actor's roles has work here. */
    List<Item> items(Actor actor);

    /**
     * One count on the workbench.
     *
     * @param group  Chinese heading the item is shown under (e.g. 依申请公开)
     * @param label  Chinese name of the kind of work (e.g. 5个工作日内到期)
     * @param count  how many records wait
     * @param href   console path of the filtered queue that lists exactly these records
     * @param order  position, ascending; modules use their own hundred as in the console menu
     * @param urgent whether a non-zero count is past a deadline (shown highlighted, with words, not colour alone)
     */
    record Item(String group, String label, long count, String href, int order, boolean urgent) {}
}
