package org.gongkai.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real issuing body (发布机关) of a law or regulation of the demo's {@code laws.jsonl}, derived from its fields
 * {@code level}, {@code region}, {@code title} and {@code date} (the file has no issuer field; issue #10):
 * 法律 — 全国人民代表大会常务委员会, or 全国人民代表大会 for the few adopted or last amended at a plenary session;
 * 行政法规 — 国务院; 部门规章 — the ministry or administration named by its subject and date (drug rules by the drug
 * authority of the time: 国家药品监督管理局 until April 2003, then 国家食品药品监督管理局); 地方性法规 — the standing
 * committee of the people's congress of the province or city named at the start of the title (or of the province in
 * {@code region}), the people's congress itself for an autonomous county's regulation (自治条例、单行条例).
 */
final class LawIssuers {

    static final String NPC = "全国人民代表大会";
    static final String NPC_STANDING_COMMITTEE = "全国人民代表大会常务委员会";
    static final String STATE_COUNCIL = "国务院";

    /** Laws (title|date) whose text in the file is as adopted or amended by a plenary session of the NPC. */
    private static final Set<String> BY_PLENARY = Set.of(
            "中华人民共和国国籍法|1980-09-10",
            "中华人民共和国全国人民代表大会组织法|2021-03-11",
            "中华人民共和国国务院组织法|2024-03-11",
            "中华人民共和国全国人民代表大会和地方各级人民代表大会代表法|2025-03-11");
    /** Departmental rules: title pattern → issuer, first match wins. */
    private static final List<Map.Entry<Pattern, String>> DEPARTMENTS = List.of(
            Map.entry(Pattern.compile("公安机关|道路交通"), "公安部"),
            Map.entry(Pattern.compile("市场监督管理|特种设备|明码标价|医疗器械"), "国家市场监督管理总局"));
    private static final Pattern DRUGS = Pattern.compile("药品|处方药|制剂");
    private static final Pattern PLACE = Pattern.compile("^(.{2,10}?(?:自治县|自治州|市|省))");
    /** Cities whose regulations' titles name them without 市. */
    private static final List<String> CITIES_WITHOUT_SUFFIX = List.of("杭州", "宁波", "开封");
    private static final Set<String> MUNICIPALITIES = Set.of("北京", "上海", "天津", "重庆");

    private LawIssuers() {}

    /** The issuer's name; refuses a law it cannot place (the demo data is fixed and tested). */
    static String of(String level, String region, String title, String date) {
        return switch (level) {
            case "法律" -> BY_PLENARY.contains(title + "|" + date) ? NPC : NPC_STANDING_COMMITTEE;
            case "行政法规" -> STATE_COUNCIL;
            case "部门规章" -> department(title, date);
            case "地方性法规" -> localCongress(region, title);
            default -> throw new IllegalArgumentException("no issuer known for level " + level + ": " + title);
        };
    }

    private static String department(String title, String date) {
        for (Map.Entry<Pattern, String> rule : DEPARTMENTS) {
            if (rule.getKey().matcher(title).find()) {
                return rule.getValue();
            }
        }
        if (DRUGS.matcher(title).find()) {
            return date.compareTo("2003-04-16") < 0 ? "国家药品监督管理局" : date.compareTo("2013-03-22") < 0
                    ? "国家食品药品监督管理局" : date.compareTo("2018-04-10") < 0 ? "国家食品药品监督管理总局" : "国家市场监督管理总局";
        }
        throw new IllegalArgumentException("no issuer known for the departmental rule " + title);
    }

    private static String localCongress(String region, String title) {
        Matcher place = PLACE.matcher(title);
        String name;
        if (place.find()) {
            name = place.group(1);
        } else {
            name = CITIES_WITHOUT_SUFFIX.stream().filter(title::startsWith).findFirst().map(c -> c + "市")
                    .orElseGet(() -> region + (MUNICIPALITIES.contains(region) ? "市" : "省"));
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("a local regulation without region: " + title);
        }
        return name.endsWith("自治县") ? name + "人民代表大会" : name + "人民代表大会常务委员会";
    }
}
