package org.gongkai.services;

/** What a material is handed in as. */
public enum MaterialForm {
    ORIGINAL("原件"),
    COPY("复印件"),
    ORIGINAL_AND_COPY("原件和复印件");

    private final String label;

    MaterialForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
