package org.gongkai.trading;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.common.PersonalData;
import org.gongkai.organisation.CreditCodes;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Valid codes and import lines for trading tests. */
public final class TradingFixtures {

    public static final String CENTRE = "12990101100102389F"; // 公共资源交易中心
    public static final String BUYER = "11990101100100148H"; // 县政府办
    public static final String SUPERVISOR = "119901011001002878"; // 财政局
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private TradingFixtures() {}

    /** A valid credit code of a company, different for each n. */
    public static String company(int n) {
        return CreditCodes.complete("91990101MA" + String.format("%07d", n));
    }

    /** A valid ID number, different for each n. */
    public static String idNumber(int n) {
        String first17 = "1101051980" + String.format("%02d", 1 + n % 12) + "15" + String.format("%03d", n % 1000);
        return first17 + PersonalData.idNumberCheckCharacter(first17);
    }

    public static String expertLine(String id, String specialty, String status, String employer,
            List<String[]> former, List<String> conflicts) {
        String formerJson = former.stream().map(f -> "{\"code\":\"" + f[0] + "\",\"until\":\"" + f[1] + "\"}")
                .collect(Collectors.joining(","));
        String conflictJson = conflicts.stream().map(c -> "{\"partyCode\":\"" + c + "\",\"kind\":\"RELATIVE\"}")
                .collect(Collectors.joining(","));
        return ("{\"expertId\":\"%s\",\"name\":\"专家%s\",\"idNumber\":\"%s\",\"specialties\":[\"%s\"],"
                + "\"title\":\"高级工程师\",\"employerCode\":%s,\"formerEmployers\":[%s],\"conflicts\":[%s],"
                + "\"status\":\"%s\",\"phone\":\"13900000000\"}").formatted(id, id, idNumber(Math.abs(id.hashCode())),
                specialty, employer == null ? "null" : "\"" + employer + "\"", formerJson, conflictJson, status);
    }

    public static String projectLine(String code, String type, long budgetFen, List<String> bidders,
            String evaluationAt, Long dealFen, Long reserveFen, String dealOn) {
        return ("{\"projectCode\":\"%s\",\"type\":\"%s\",\"title\":\"项目%s\",\"buyerCode\":\"%s\","
                + "\"supervisorCode\":\"%s\",\"budgetFen\":%d,\"bidderCodes\":[%s]%s%s%s}").formatted(code, type, code,
                BUYER, SUPERVISOR, budgetFen, bidders.stream().map(b -> "\"" + b + "\"").collect(Collectors.joining(",")),
                evaluationAt == null ? "" : ",\"evaluationAt\":\"" + evaluationAt + "\"",
                reserveFen == null ? "" : ",\"reserveFen\":" + reserveFen,
                dealFen == null ? "" : ",\"dealFen\":" + dealFen + ",\"dealOn\":\"" + dealOn + "\"");
    }

    public static ResultActions importLines(MockMvc mvc, RequestPostProcessor who, String what, List<String> lines)
            throws Exception {
        return mvc.perform(post("/api/v1/staff/trading/" + what + "/import").with(who)
                .contentType("application/x-ndjson").content(String.join("\n", lines)));
    }

    public static ResultActions postJson(MockMvc mvc, RequestPostProcessor who, String path, String body)
            throws Exception {
        var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(who == null ? request : request.with(who));
    }

    public static Map<String, Object> json(ResultActions result) throws Exception {
        return JSON.readValue(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                new TypeReference<>() {});
    }
}
