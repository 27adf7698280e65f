package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The published decision codes: the annual report's rows, in order, with their exact labels. */
class DecisionCodeTest {

    @Test
    void twentyOneCodesInTheTablesOrder() {
        assertThat(Arrays.stream(DecisionCode.values()).map(Enum::name)).containsExactly(
                "DISCLOSED", "PARTIALLY_DISCLOSED", "WITHHELD_STATE_SECRET", "WITHHELD_PROHIBITED_BY_LAW",
                "WITHHELD_SECURITY_STABILITY", "WITHHELD_THIRD_PARTY_RIGHTS", "WITHHELD_INTERNAL_AFFAIRS",
                "WITHHELD_PROCESS_INFORMATION", "WITHHELD_ENFORCEMENT_FILE", "WITHHELD_ADMINISTRATIVE_QUERY",
                "UNAVAILABLE_NOT_HELD", "UNAVAILABLE_NEEDS_CREATION", "UNAVAILABLE_UNCLEAR_AFTER_CORRECTION",
                "NOT_HANDLED_PETITION", "NOT_HANDLED_REPEATED", "NOT_HANDLED_PUBLICATION", "NOT_HANDLED_EXCESSIVE",
                "NOT_HANDLED_CONFIRMATION", "OTHER_NO_CORRECTION", "OTHER_FEE_UNPAID", "OTHER");
    }

    @Test
    void rowsPerGroupMatchTheTable() {
        Map<DecisionCode.Group, Long> rows = Arrays.stream(DecisionCode.values())
                .collect(Collectors.groupingBy(DecisionCode::group, Collectors.counting()));
        assertThat(rows).containsExactlyInAnyOrderEntriesOf(Map.of(
                DecisionCode.Group.DISCLOSED, 1L, DecisionCode.Group.PARTIALLY_DISCLOSED, 1L,
                DecisionCode.Group.WITHHELD, 8L, DecisionCode.Group.UNAVAILABLE, 3L,
                DecisionCode.Group.NOT_HANDLED, 5L, DecisionCode.Group.OTHER, 3L));
    }

    @Test
    void labelsAreTheTablesExactChinese() {
        assertThat(DecisionCode.DISCLOSED.label()).isEqualTo("（一）予以公开");
        assertThat(DecisionCode.PARTIALLY_DISCLOSED.label()).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(DecisionCode.WITHHELD_SECURITY_STABILITY.label()).isEqualTo("（三）不予公开 3.危及“三安全一稳定”");
        assertThat(DecisionCode.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION.subLabel()).isEqualTo("3.补正后申请内容仍不明确");
        assertThat(DecisionCode.NOT_HANDLED_CONFIRMATION.label()).isEqualTo("（五）不予处理 5.要求行政机关确认或重新出具已获取信息");
        assertThat(DecisionCode.OTHER_NO_CORRECTION.subLabel())
                .isEqualTo("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        assertThat(DecisionCode.OTHER_FEE_UNPAID.subLabel())
                .isEqualTo("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
        assertThat(DecisionCode.OTHER.label()).isEqualTo("（六）其他处理 3.其他");
    }

    @Test
    void sixApplicantColumns() {
        assertThat(Arrays.stream(ApplicantType.values()).map(ApplicantType::label))
                .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
    }
}
