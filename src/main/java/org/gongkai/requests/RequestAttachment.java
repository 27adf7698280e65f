package org.gongkai.requests;

/** A file attached to a request (by the applicant online, or by an officer). Only staff of the unit see it. */
public record RequestAttachment(long id, String fileId, String name, String mediaType, long size, String uploadedBy) {

    public static final String APPLICANT = "申请人";

    public boolean fromApplicant() {
        return APPLICANT.equals(uploadedBy);
    }

    /** The size for people: "1.2 MB", "34 KB", "512 字节". */
    public String sizeText() {
        if (size >= 1024 * 1024) {
            return String.format("%.1f MB", size / (1024.0 * 1024));
        }
        return size >= 1024 ? size / 1024 + " KB" : size + " 字节";
    }
}
