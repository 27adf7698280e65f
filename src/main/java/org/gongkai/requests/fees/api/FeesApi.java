package org.gongkai.requests.fees.api;

import java.util.List;
import org.gongkai.common.GongkaiException;
import org.gongkai.requests.fees.FeeSchedule;
import org.gongkai.requests.fees.FeeSchedule.Method;
import org.gongkai.requests.fees.FeeSchedule.Quote;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quotes the 信息处理费 for one application. Fields are taken loosely typed and checked here so that every
 * refusal names its field in Chinese (400 problem JSON through the shared handler).
 */
@RestController
@RequestMapping("/api/v1/staff/fees")
class FeesApi {

    private final FeeSchedule fees;

    FeesApi(FeeSchedule fees) {
        this.fees = fees;
    }

    record QuoteRequest(Object method, Object ordinalThisMonth, Object pages) {}

    /** {@code monthTotalFen}: for PER_APPLICATION, the month's total once this application is charged. */
    record QuoteResponse(String method, int quantity, long amountFen, String amountYuan, Long monthTotalFen,
            List<FeeSchedule.Line> breakdown) {}

    @PostMapping("/quote")
    QuoteResponse quote(@RequestBody(required = false) QuoteRequest body) {
        if (body == null) {
            throw GongkaiException.invalid("method", "请提交收费方式（method）及本月申请序号（ordinalThisMonth）或页数（pages）");
        }
        Method method = method(body.method());
        String quantityField = method == Method.PER_APPLICATION ? "ordinalThisMonth" : "pages";
        String otherField = method == Method.PER_APPLICATION ? "pages" : "ordinalThisMonth";
        Object quantity = method == Method.PER_APPLICATION ? body.ordinalThisMonth() : body.pages();
        Object other = method == Method.PER_APPLICATION ? body.pages() : body.ordinalThisMonth();
        if (other != null) {
            throw GongkaiException.invalid(otherField, "一件申请只能按一种方式收费：" + method.label() + "时不能同时填写 "
                    + otherField);
        }
        Quote quote = fees.quote(method, integer(quantity, quantityField));
        Long monthTotal = method == Method.PER_APPLICATION ? fees.monthTotalFen(quote.quantity()) : null;
        return new QuoteResponse(method.name(), quote.quantity(), quote.amountFen(), quote.amountYuan(), monthTotal,
                quote.breakdown());
    }

    private static Method method(Object value) {
        if (value instanceof String text) {
            for (Method m : Method.values()) {
                if (m.name().equals(text.trim())) {
                    return m;
                }
            }
        }
        throw GongkaiException.invalid("method", "收费方式（method）应为 PER_APPLICATION（按件计收）或 PER_PAGE（按量计收）");
    }

    private static int integer(Object value, String field) {
        String what = field.equals("pages") ? "页数（pages）" : "本月申请序号（ordinalThisMonth）";
        if (value == null) {
            throw GongkaiException.invalid(field, "请填写" + what);
        }
        if (value instanceof Integer i) {
            if (i < 1) {
                throw GongkaiException.invalid(field, what + "应为正整数");
            }
            return i;
        }
        if (value instanceof Number) {
            throw GongkaiException.invalid(field, what + "应为不超过上限的正整数");
        }
        throw GongkaiException.invalid(field, what + "应为正整数");
    }
}
