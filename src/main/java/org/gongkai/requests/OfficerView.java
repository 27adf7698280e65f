package org.gongkai.requests;

import java.util.List;

/** The request page for its officers: everything, including the applicant's personal data in full. */
public record OfficerView(DisclosureRequest request, ClockState clock, StatusView status, String unitName,
        String assigneeName, boolean overdue, List<RequestNote> notes,
        List<RequestAttachment> attachments, List<DuplicateHint> duplicateHints,
        List<PublishedMatch> possiblyPublished) {

    /** An earlier request by the same applicant, with how similar its description is (0–100). */
    public record DuplicateHint(String trackingNumber, String description, String decision, int similarity) {}

    /**
     * A published catalogue document matching the request's description: the information may already be
     * disclosed (《条例》第三十六条第（一）项: tell the applicant where to find it).
     */
    public record PublishedMatch(long id, String title, String indexNumber, String publisher, String url) {}
}
