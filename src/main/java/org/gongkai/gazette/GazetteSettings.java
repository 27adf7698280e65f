package org.gongkai.gazette;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local choices of the gazette ({@code gongkai.gazette.*}).
 *
 * @param title          the gazette's name on every page, cover and feed (e.g. 示例县人民政府公报)
 * @param officeUnitCode the credit code of the unit that edits and publishes the gazette (县政府办公室): its 信息员
 *                       compile issues, its 签发领导 or 政府办主任 publish them (decision 037)
 * @param sections       the sections of the table of contents, in print order
 * @param genres         which genres (体裁) may appear in the gazette, each with the section it goes to by default;
 *                       a genre not listed is not eligible. Beyond rules and normative documents the defaults admit the
 *                       decisions that affect people: 公示 (allowances, land approvals), 公告, 通告, 决定
 * @param twoColumns     whether the printed PDF sets the documents' text in two columns
 * @param firstYear      the earliest year of an issue (the API refuses years before it, and after next year)
 */
@ConfigurationProperties("gongkai.gazette")
public record GazetteSettings(
        @DefaultValue("示例县人民政府公报") String title,
        @DefaultValue("11990101100100148H") String officeUnitCode,
        List<String> sections,
        Map<String, String> genres,
        @DefaultValue("true") boolean twoColumns,
        @DefaultValue("2000") int firstYear) {

    static final List<String> DEFAULT_SECTIONS = List.of("政府令", "规章", "规范性文件", "政府文件", "人事任免", "公示公告",
            "政策解读");

    public GazetteSettings {
        sections = sections == null || sections.isEmpty() ? DEFAULT_SECTIONS : List.copyOf(sections);
        if (genres == null || genres.isEmpty()) {
            Map<String, String> defaults = new LinkedHashMap<>();
            defaults.put("命令（令）", "政府令");
            defaults.put("条例", "规章");
            defaults.put("规定", "规章");
            defaults.put("办法", "规范性文件");
            defaults.put("细则", "规范性文件");
            defaults.put("决定", "政府文件");
            defaults.put("意见", "政府文件");
            defaults.put("通知", "政府文件");
            defaults.put("方案", "政府文件");
            defaults.put("规划", "政府文件");
            defaults.put("通报", "政府文件");
            defaults.put("公告", "公示公告");
            defaults.put("通告", "公示公告");
            defaults.put("公示", "公示公告");
            defaults.put("公报", "公示公告");
            defaults.put("解读", "政策解读");
            genres = defaults;
        }
        genres = Map.copyOf(new LinkedHashMap<>(genres));
    }

    /** Whether documents of {@code genre} may be put in an issue. */
    public boolean eligible(String genre) {
        return genre != null && genres.containsKey(genre);
    }

    /** The default section of a genre's documents (the first section when the mapping names an unknown one). */
    public String sectionOf(String genre) {
        String section = genres.get(genre);
        return section != null && sections.contains(section) ? section : sections.get(0);
    }
}
