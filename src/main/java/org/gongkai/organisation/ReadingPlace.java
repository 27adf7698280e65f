package org.gongkai.organisation;

/**
 * 查阅点: a place where the public can read government information (RULES §5, Art. 23–25: reading rooms at
 * archives, libraries and service halls), with what is available there. Shown on the portal and in every unit's
 * disclosure guide.
 */
public record ReadingPlace(long id, String name, Kind kind, String address, String hours, String phone,
        String available, int position) {

    public enum Kind {
        READING_ROOM("政府信息公开查阅室"),
        LIBRARY("公共图书馆"),
        ARCHIVES("档案馆"),
        SERVICE_HALL("政务服务大厅"),
        OTHER("其他查阅点");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What an administrator enters (checked by the form's Bean Validation and again by {@link ReadingPlaces}). */
    public record Details(String name, Kind kind, String address, String hours, String phone, String available,
            int position) {}
}
