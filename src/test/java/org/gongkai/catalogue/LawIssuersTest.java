package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue #10: every demo law is placed under its real issuing body, derived from level, region, title and date. */
class LawIssuersTest {

    @Test
    void namesTheRealIssuerOfEachKind() {
        assertThat(LawIssuers.of("法律", "", "中华人民共和国社会保险法", "2018-12-29")).isEqualTo("全国人民代表大会常务委员会");
        assertThat(LawIssuers.of("法律", "", "中华人民共和国国务院组织法", "2024-03-11")).isEqualTo("全国人民代表大会");
        assertThat(LawIssuers.of("行政法规", "", "仲裁委员会登记暂行办法", "1995-07-28")).isEqualTo("国务院");
        assertThat(LawIssuers.of("部门规章", "", "道路交通事故处理程序规定", "2018-02-02")).isEqualTo("公安部");
        assertThat(LawIssuers.of("部门规章", "", "处方药与非处方药分类管理办法（试行）", "1999-06-18")).isEqualTo("国家药品监督管理局");
        assertThat(LawIssuers.of("部门规章", "", "药品进口管理办法", "2003-08-18")).isEqualTo("国家食品药品监督管理局");
        assertThat(LawIssuers.of("部门规章", "", "医疗器械生产监督管理办法", "2022-03-10")).isEqualTo("国家市场监督管理总局");
        assertThat(LawIssuers.of("地方性法规", "山东", "山东省学前教育条例", "2021-12-03")).isEqualTo("山东省人民代表大会常务委员会");
        assertThat(LawIssuers.of("地方性法规", "山东", "青岛市城乡规划条例", "2017-12-01")).isEqualTo("青岛市人民代表大会常务委员会");
        assertThat(LawIssuers.of("地方性法规", "上海", "上海市气象条例", "2024-09-27")).isEqualTo("上海市人民代表大会常务委员会");
        assertThat(LawIssuers.of("地方性法规", "浙江", "杭州西溪国家湿地公园保护管理条例", "2011-10-17"))
                .isEqualTo("杭州市人民代表大会常务委员会");
        assertThat(LawIssuers.of("地方性法规", "河南", "河南小秦岭国家级自然保护区条例", "2018-10-26"))
                .isEqualTo("河南省人民代表大会常务委员会");
        assertThat(LawIssuers.of("地方性法规", "重庆", "中国（重庆）自由贸易试验区条例", "2019-09-26"))
                .isEqualTo("重庆市人民代表大会常务委员会");
        assertThat(LawIssuers.of("地方性法规", "浙江", "景宁畲族自治县水资源管理条例", "2021-06-15"))
                .isEqualTo("景宁畲族自治县人民代表大会");
    }

    @Test
    void everyLawOfTheDemoFileHasAnIssuerOfItsLevel() throws Exception {
        Map<String, Integer> issuers = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("catalogue/demo/laws.jsonl").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode law = JsonMapper.shared().readTree(line);
                String level = law.path("level").asString();
                String issuer = LawIssuers.of(level, law.path("region").asString(""), law.path("title").asString(),
                        law.path("date").asString());
                switch (level) {
                    case "法律" -> assertThat(issuer).startsWith("全国人民代表大会");
                    case "行政法规" -> assertThat(issuer).isEqualTo("国务院");
                    case "部门规章" -> assertThat(issuer).matches("公安部|国家.*(局|总局)");
                    default -> assertThat(issuer).as(law.path("title").asString())
                            .startsWith(law.path("title").asString().startsWith("中国（") ? law.path("region").asString()
                                    : issuer.substring(0, 2))
                            .matches(".{2,10}(省|市|自治县)人民代表大会(常务委员会)?");
                }
                issuers.merge(issuer, 1, Integer::sum);
            }
        }
        assertThat(issuers.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
        assertThat(issuers).containsKeys("全国人民代表大会常务委员会", "国务院", "公安部", "北京市人民代表大会常务委员会");
    }
}
