package org.gongkai.catalogue.web;

import java.util.Set;
import org.gongkai.catalogue.DocumentCommands;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;

/** The document page's small forms and the commands they post, to show a form only to who may run it. */
final class DocumentPageForms {

    private DocumentPageForms() {}

    /**
     * Keeps the forms whose command the actor's roles may run on this document: the command handler's own
     * authorisation ({@link CommandDispatcher#permits}), so the page never shows a button the server refuses for
     * lack of a role. Workflow steps ({@code act-…}) are already narrowed by the same rules.
     */
    static Set<String> permitted(CommandDispatcher dispatcher, Actor actor, long id, Set<String> offered) {
        Set<String> out = new java.util.HashSet<>();
        for (String form : offered) {
            Command command = formCommand(id, form);
            if (command == null || dispatcher.permits(actor, command)) {
                out.add(form);
            }
        }
        return out;
    }

    /** The command a document-page form posts (null for the workflow steps, checked by the lifecycle and roles). */
    static Command formCommand(long id, String form) {
        if (form.startsWith("override-")) {
            return new DocumentCommands.OverrideFinding(Long.parseLong(form.substring("override-".length())), null);
        }
        if (form.startsWith("remove-")) {
            return new DocumentCommands.RemoveAttachment(id, Long.parseLong(form.substring("remove-".length())));
        }
        return switch (form) {
            case "scan" -> new DocumentCommands.ScanDocument(id);
            case "mask" -> new DocumentCommands.MaskDocument(id);
            case "attachments" -> new DocumentCommands.AddAttachment(id, null, null);
            case "repeal" -> new DocumentCommands.RepealDocument(id, null, null);
            default -> null;
        };
    }

}
