package org.gongkai.requests;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The request page for its officers: the request (the applicant's identity number and contacts masked in
 * {@link #applicant()} until the officer asks to see them, an audited view), the letters that can be generated,
 * and the actions {@link RequestLifecycle} allows now — the next one first ({@link #nextAction()}), the others
 * folded ({@link #otherActions()}); the page shows only their forms.
 */
public record OfficerView(DisclosureRequest request, ClockState clock, StatusView status, String unitName,
        String assigneeName, boolean overdue, List<RequestNote> notes,
        List<RequestAttachment> attachments, List<DuplicateHint> duplicateHints,
        List<PublishedMatch> possiblyPublished, Set<RequestAction> actions, ApplicantDisplay applicant,
        List<LetterLinks.Link> letters) {

    /** Actions with a section of their own on the page (notes, attachments) or no form there (assignment). */
    static final Set<RequestAction> NOT_IN_ACTION_LIST = EnumSet.of(RequestAction.ADD_NOTE,
            RequestAction.ADD_ATTACHMENT, RequestAction.ASSIGN);

    /** Whether the page offers the action whose console path is {@code path} (e.g. {@code "extension"}). */
    public boolean allows(String path) {
        return actions.stream().anyMatch(a -> a.path().equals(path));
    }

    /** The step's next action, shown first with the primary button; null when the lifecycle offers none. */
    public RequestAction nextAction() {
        return RequestLifecycle.next(request, actions).filter(a -> !NOT_IN_ACTION_LIST.contains(a)).orElse(null);
    }

    /** The other actions allowed now, in the lifecycle's order, folded under 其他操作. */
    public List<RequestAction> otherActions() {
        RequestAction next = nextAction();
        return actions.stream().filter(a -> a != next && !NOT_IN_ACTION_LIST.contains(a)).sorted().toList();
    }

    /** Whether {@code path} is one of the folded actions (the fold opens when a refusal concerns one of them). */
    public boolean folds(String path) {
        return otherActions().stream().anyMatch(a -> a.path().equals(path));
    }

    /** An earlier request by the same applicant, with how similar its description is (0–100). */
    public record DuplicateHint(String trackingNumber, String description, String decision, int similarity) {}

    /**
     * A published catalogue document matching the request's description: the information may already be
     * disclosed (《条例》第三十六条第（一）项: tell the applicant where to find it).
     */
    public record PublishedMatch(long id, String title, String indexNumber, String publisher, String url) {}
}
