package org.gongkai.gazette;

/** The kinds of place where printed copies of the gazette go (the seed: where people are). */
public enum PlaceKind {
    SERVICE_WINDOW("政务服务中心窗口"),
    TOWNSHIP_CENTRE("乡镇（街道）便民服务中心"),
    VILLAGE_STATION("村（社区）便民服务站"),
    LIBRARY("图书馆"),
    ARCHIVES("档案馆"),
    READING_ROOM("政府信息公开查阅点"),
    OTHER("其他");

    private final String label;

    PlaceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
