package org.gongkai.requests.letters;

import java.util.Arrays;
import java.util.Optional;
import org.gongkai.requests.letters.LetterRenderer.LetterKind;
import org.gongkai.requests.letters.LetterRenderer.ReplyGroup;

/** The editable letter templates: one per reply group and one per notice kind. */
public enum TemplateKey {
    REPLY_DISCLOSED(LetterKind.REPLY, ReplyGroup.DISCLOSED, "答复书（予以公开）"),
    REPLY_PARTIALLY_DISCLOSED(LetterKind.REPLY, ReplyGroup.PARTIALLY_DISCLOSED, "答复书（部分公开）"),
    REPLY_WITHHELD(LetterKind.REPLY, ReplyGroup.WITHHELD, "答复书（不予公开）"),
    REPLY_UNAVAILABLE(LetterKind.REPLY, ReplyGroup.UNAVAILABLE, "答复书（无法提供）"),
    REPLY_NOT_HANDLED(LetterKind.REPLY, ReplyGroup.NOT_HANDLED, "答复书（不予处理）"),
    REPLY_OTHER(LetterKind.REPLY, ReplyGroup.OTHER, "答复书（其他处理）"),
    CORRECTION_NOTICE(LetterKind.CORRECTION_NOTICE, null, "补正通知书"),
    EXTENSION_NOTICE(LetterKind.EXTENSION_NOTICE, null, "延期答复告知书"),
    FEE_NOTICE(LetterKind.FEE_NOTICE, null, "收费通知书"),
    CONSULTATION_LETTER(LetterKind.CONSULTATION_LETTER, null, "征求意见函");

    private final LetterKind kind;
    private final ReplyGroup group;
    private final String label;

    TemplateKey(LetterKind kind, ReplyGroup group, String label) {
        this.kind = kind;
        this.group = group;
        this.label = label;
    }

    public LetterKind kind() {
        return kind;
    }

    /** The reply group, or null for a notice. */
    public ReplyGroup group() {
        return group;
    }

    public String label() {
        return label;
    }

    public boolean isReply() {
        return kind == LetterKind.REPLY;
    }

    /** Where the shipped default text lives on the classpath. */
    String resource() {
        return "requests/letters/templates/" + name() + ".txt";
    }

    /** The template for a letter: replies by the group of their decision code, notices by kind. */
    static TemplateKey of(LetterKind kind, String decisionCode) {
        if (kind == LetterKind.REPLY) {
            ReplyGroup group = ReplyGroup.ofDecisionCode(decisionCode);
            return Arrays.stream(values()).filter(k -> k.group == group).findFirst().orElseThrow();
        }
        return Arrays.stream(values()).filter(k -> k.kind == kind).findFirst().orElseThrow();
    }

    public static Optional<TemplateKey> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
