package org.gongkai.requests;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.requests.letters.LetterRenderer.LetterKind;

/**
 * The letters the request page links to, by their Chinese names, and only those that can be generated now: the
 * reply once decided, a notice once its ledger event is recorded (the same events the letter generator reads).
 */
public final class LetterLinks {

    /** One letter: the kind (its path segment) and its Chinese name. */
    public record Link(String kind, String label) {}

    private LetterLinks() {}

    /** The Chinese name of a letter kind. */
    public static String label(LetterKind kind) {
        return switch (kind) {
            case REPLY -> "答复书";
            case CORRECTION_NOTICE -> "补正通知书";
            case EXTENSION_NOTICE -> "延期答复告知书";
            case FEE_NOTICE -> "收费通知书";
            case CONSULTATION_LETTER -> "征求意见函";
        };
    }

    /** The ledger event a letter of {@code kind} is written from. */
    static ClockEventType event(LetterKind kind) {
        return switch (kind) {
            case REPLY -> ClockEventType.DECIDED;
            case CORRECTION_NOTICE -> ClockEventType.CORRECTION_REQUESTED;
            case EXTENSION_NOTICE -> ClockEventType.EXTENDED;
            case FEE_NOTICE -> ClockEventType.FEE_NOTICE;
            case CONSULTATION_LETTER -> ClockEventType.CONSULTATION_STARTED;
        };
    }

    static List<Link> of(DisclosureRequest request) {
        List<Link> out = new ArrayList<>();
        for (LetterKind kind : LetterKind.values()) {
            ClockEventType wanted = event(kind);
            if (request.events().stream().anyMatch(e -> e.type() == wanted)) {
                out.add(new Link(kind.name(), label(kind)));
            }
        }
        return out;
    }
}
