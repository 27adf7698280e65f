package org.gongkai.requests;

import java.util.List;
import java.util.Set;

/**
 * The request page for its officers: everything, including the applicant's personal data in full, and the
 * actions {@link RequestLifecycle} allows now (the page shows only their forms).
 */
public record OfficerView(DisclosureRequest request, ClockState clock, StatusView status, String unitName,
        String assigneeName, boolean overdue, List<RequestNote> notes,
        List<RequestAttachment> attachments, List<DuplicateHint> duplicateHints,
        List<PublishedMatch> possiblyPublished, Set<RequestAction> actions) {

    /** Whether the page offers the action whose console path is {@code path} (e.g. {@code "extension"}). */
    public boolean allows(String path) {
        return actions.stream().anyMatch(a -> a.path().equals(path));
    }

    /** An earlier request by the same applicant, with how similar its description is (0–100). */
    public record DuplicateHint(String trackingNumber, String description, String decision, int similarity) {}

    /**
     * A published catalogue document matching the request's description: the information may already be
     * disclosed (《条例》第三十六条第（一）项: tell the applicant where to find it).
     */
    public record PublishedMatch(long id, String title, String indexNumber, String publisher, String url) {}
}
