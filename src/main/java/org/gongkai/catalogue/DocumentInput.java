package org.gongkai.catalogue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.gongkai.common.GongkaiException;

/**
 * What a form or the staff API sends for a draft, as text (dates as YYYY-MM-DD, topic as 一级\二级, category,
 * validity and disclosure mode by Chinese name or constant). {@link #content()} turns it into a
 * {@link DocumentContent}, refusing at the field that is wrong.
 */
public record DocumentInput(Long unitId, @jakarta.validation.constraints.Size(max = 500) String title, @jakarta.validation.constraints.Size(max = 2000) String summary,
        @jakarta.validation.constraints.Size(max = 200) String documentNumber, @jakarta.validation.constraints.Size(max = 10) String writtenOn, @jakarta.validation.constraints.Size(max = 100) String topic,
        @jakarta.validation.constraints.Size(max = 40) String category, @jakarta.validation.constraints.Size(max = 40) String genre,
        @jakarta.validation.constraints.Size(max = 50, message = "主题词不能超过{max}个") List<@jakarta.validation.constraints.Size(max = 100) String> keywords, @jakarta.validation.constraints.Size(max = 20) String disclosureMode,
        @jakarta.validation.constraints.Size(max = 20) String validity, @jakarta.validation.constraints.Size(max = 10) String effectiveFrom, @jakarta.validation.constraints.Size(max = 10) String effectiveTo,
        Long interpretsId, @jakarta.validation.constraints.Size(max = 200_000) String body) {

    public DocumentContent content() {
        InformationCategory c = category == null || category.isBlank() ? null
                : InformationCategory.parse(category).orElseThrow(() -> GongkaiException.invalid("category",
                        "信息类别“" + category + "”不存在"));
        DisclosureMode mode = disclosureMode == null || disclosureMode.isBlank() ? null
                : DisclosureMode.parse(disclosureMode).orElseThrow(() -> GongkaiException.invalid("disclosureMode",
                        "公开属性应为主动公开、依申请公开或不予公开"));
        Validity v = validity == null || validity.isBlank() ? null
                : Validity.parse(validity).orElseThrow(() -> GongkaiException.invalid("validity",
                        "有效性应为有效、失效、废止或修订"));
        return new DocumentContent(title, summary, documentNumber, date("writtenOn", writtenOn), topic, c,
                genre == null || genre.isBlank() ? null : genre, keywords, mode, v, date("effectiveFrom", effectiveFrom),
                date("effectiveTo", effectiveTo), interpretsId, body);
    }

    public static List<String> splitKeywords(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[;；,，、\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    static LocalDate date(String field, String text) {
        return org.gongkai.common.DateRange.current().parse(field, text);
    }
}
