package org.gongkai.hotline.web;

import java.util.List;
import java.util.Map;
import org.gongkai.commands.Command;
import org.gongkai.common.GongkaiException;
import org.gongkai.hotline.HotlineCommands.AcceptTicket;
import org.gongkai.hotline.HotlineCommands.ArbitrateReturn;
import org.gongkai.hotline.HotlineCommands.CloseTicket;
import org.gongkai.hotline.HotlineCommands.ContributePart;
import org.gongkai.hotline.HotlineCommands.DecideExtension;
import org.gongkai.hotline.HotlineCommands.DispatchTicket;
import org.gongkai.hotline.HotlineCommands.MergeTicket;
import org.gongkai.hotline.HotlineCommands.RecordCallback;
import org.gongkai.hotline.HotlineCommands.ReopenTicket;
import org.gongkai.hotline.HotlineCommands.ReplyTicket;
import org.gongkai.hotline.HotlineCommands.RequestExtension;
import org.gongkai.hotline.HotlineCommands.ReturnTicket;
import org.gongkai.hotline.HotlineCommands.UrgeTicket;

/** Maps each action form of the ticket page (one per {@code TicketAction.path()}) to its command. */
final class TicketActionForms {

    private TicketActionForms() {}

    static Command command(String path, String n, Map<String, String> p) {
        return switch (path) {
            case "dispatch" -> new DispatchTicket(n, p.get("unitCode"), p.get("note"), p.get("coUnitCodes") == null
                    ? List.of() : List.of(p.get("coUnitCodes").split(",")));
            case "contribute" -> new ContributePart(n, p.get("part"));
            case "accept" -> new AcceptTicket(n);
            case "return" -> new ReturnTicket(n, p.get("reason"));
            case "arbitrate" -> new ArbitrateReturn(n, p.get("unitCode"), p.get("decision"));
            case "extension-request" -> new RequestExtension(n, number(p, "days", 0), p.get("reason"));
            case "extend" -> new DecideExtension(n, !"false".equals(p.get("approved")), number(p, "days", 0),
                    p.get("note"));
            case "urge" -> new UrgeTicket(n, p.get("note"));
            case "reply" -> new ReplyTicket(n, p.get("reply"));
            case "close" -> new CloseTicket(n);
            case "callback" -> new RecordCallback(n, p.get("satisfaction") == null || p.get("satisfaction").isBlank()
                    ? null : number(p, "satisfaction", 0), p.get("solved") == null || p.get("solved").isBlank() ? null
                    : Boolean.valueOf("true".equals(p.get("solved"))), p.get("note"));
            case "reopen" -> new ReopenTicket(n, p.get("reason"));
            case "merge" -> new MergeTicket(n, p.get("into"));
            default -> throw GongkaiException.notFound();
        };
    }

    private static int number(Map<String, String> p, String name, int blank) {
        String v = p.get(name);
        if (v == null || v.isBlank()) {
            return blank;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw GongkaiException.invalid(name, "请填写整数");
        }
    }
}
