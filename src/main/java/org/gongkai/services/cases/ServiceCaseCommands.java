package org.gongkai.services.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.gongkai.commands.Command;

/**
 * Every staff action on a service case as a command record, dispatched through
 * {@link org.gongkai.commands.CommandDispatcher} (audited as {@code ACCEPT_SERVICE_CASE}, …); the handlers are in
 * {@link ServiceCaseHandlers}. Component names are the JSON and form field names, so a refusal names its input. A
 * date left empty means today; a date after today, or before the previous step of the case, is refused.
 */
public final class ServiceCaseCommands {

    private ServiceCaseCommands() {}

    public static final int NAME_MAX = 200;
    public static final int IDENTITY_MAX = 18;
    public static final int PHONE_MAX = 20;
    public static final int EMAIL_MAX = 200;
    public static final int CODE_MAX = 64;
    public static final int REASON_MAX = 2000;
    public static final int BASIS_MAX = 1000;
    public static final int RESULT_MAX = 2000;

    /** A command on one existing case, named by its case number. */
    public interface CaseCommand extends Command {

        String caseNumber();

        @Override
        default String objectType() {
            return "ServiceCase";
        }

        @Override
        default String objectId() {
            return caseNumber() == null ? null : caseNumber().strip().toUpperCase();
        }
    }

    /** The applicant as typed: {@code idNumber} for a person, {@code creditCode} for an organisation. */
    public record ApplicantInput(@Size(max = 16, message = "申请人类型不正确") String type,
            @Size(max = NAME_MAX, message = "申请人名称不能超过{max}字") String name,
            @Size(max = IDENTITY_MAX, message = "身份证号码应为18位") String idNumber,
            @Size(max = IDENTITY_MAX, message = "统一社会信用代码应为18位") String creditCode,
            @Size(max = PHONE_MAX, message = "联系电话不能超过{max}位") String phone,
            @Size(max = EMAIL_MAX, message = "电子邮箱不能超过{max}个字符") String email) {}

    /**
     * 收件: a case for a published item, taken in at a window, online or by an agent ({@code channel}: WINDOW, ONLINE,
     * AGENT); {@code stationCode} names the station it was taken in at (required for AGENT when the agent has several).
     */
    public record CreateServiceCase(@Size(max = CODE_MAX, message = "事项编码不能超过{max}个字符") String itemCode,
            @Size(max = 16, message = "收件渠道不正确") String channel, @Valid ApplicantInput applicant,
            @Size(max = 40, message = "服务站编码不能超过{max}个字符") String stationCode) implements Command {

        @Override
        public String objectType() {
            return "ServiceCase";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    /** What intake answers: the case number and the query code (shown once; the applicant also gets it by SMS/e-mail). */
    public record Created(String caseNumber, String queryCode) {}

    /** 受理. */
    public record AcceptServiceCase(String caseNumber, LocalDate on) implements CaseCommand {}

    /** 不予受理, with the reason and the legal basis. */
    public record RefuseServiceCase(String caseNumber, LocalDate on,
            @NotBlank(message = "请写明不予受理的理由") @Size(max = REASON_MAX, message = "理由不能超过{max}字") String reason,
            @NotBlank(message = "请写明不予受理的法律依据") @Size(max = BASIS_MAX, message = "法律依据不能超过{max}字") String legalBasis)
            implements CaseCommand {}

    /** A special procedure (公示, 检测, 专家评审, 听证, 现场勘查) from {@code start}, planned to end on {@code plannedEnd}. */
    public record SuspendServiceCase(String caseNumber,
            @NotBlank(message = "请选择特别程序（公示、检测、专家评审、听证、现场勘查）") @Size(max = 32, message = "特别程序不正确") String procedure,
            LocalDate start, @NotNull(message = "请填写特别程序的计划结束日期") LocalDate plannedEnd) implements CaseCommand {}

    /** The special procedure ended on {@code end}. */
    public record ResumeServiceCase(String caseNumber, LocalDate end) implements CaseCommand {}

    /** 办结 with the result. */
    public record CompleteServiceCase(String caseNumber, LocalDate on,
            @NotBlank(message = "请填写办理结果") @Size(max = RESULT_MAX, message = "办理结果不能超过{max}字") String result)
            implements CaseCommand {}

    /** 送达: COLLECT, POST or ONLINE. */
    public record DeliverServiceCase(String caseNumber, LocalDate on,
            @NotBlank(message = "请选择送达方式") @Size(max = 16, message = "送达方式不正确") String method)
            implements CaseCommand {}
}
