package org.gongkai.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongkai.commands.Command;

/**
 * Every staff action on an annual report as a command record, run by the one
 * {@link org.gongkai.commands.CommandDispatcher} from the console, the API and {@link ReportService}'s methods.
 * The audit action is the record's name in UPPER_SNAKE ({@code ApproveReport} → {@code APPROVE_REPORT}); the
 * audited object is {@code AnnualReport} {@code <credit code>/<year>}. Handlers: {@link ReportCommandHandlers}.
 */
public final class ReportCommands {

    private ReportCommands() {}

    // The longest texts of a report, in characters (their columns are TEXT, so these are the limits): the
    // commands enforce them, the console's forms and the earlier-report JSON declare the same numbers.
    public static final int OVERVIEW_MAX = 20_000;
    public static final int PROBLEMS_MAX = 10_000;
    public static final int OTHER_MATTERS_MAX = 10_000;
    public static final int COMMENT_MAX = 2_000;
    /** A count of decisions or an amount in 万元, as typed. */
    public static final int NUMBER_MAX = 18;

    /** A command on one unit's report for one year. */
    public interface OnReport extends Command {
        String unitCode();

        int year();

        @Override
        default String objectType() {
            return "AnnualReport";
        }

        @Override
        default String objectId() {
            return (unitCode() == null ? "" : unitCode().trim()) + "/" + year();
        }
    }

    /**
     * 生成初稿: creates the unit's stored draft for the year, or refreshes it, from the live statistics (requests and
     * catalogue ledgers): the narrative parts are written again from today's numbers (replacing saved text), the
     * tables of a draft are always computed fresh. Refused once the report is submitted.
     */
    public record GenerateDraft(String unitCode, int year) implements OnReport {}

    /** The narrative parts (the draft is generated from the ledgers until someone saves them). */
    public record EditReportNarrative(String unitCode, int year,
            @Size(max = OVERVIEW_MAX, message = "总体情况不能超过{max}字") String overview,
            @Size(max = PROBLEMS_MAX, message = "存在的主要问题及改进情况不能超过{max}字") String problems,
            @Size(max = OTHER_MATTERS_MAX, message = "其他需要报告的事项不能超过{max}字") String otherMatters)
            implements OnReport {}

    /** Table 二's entered numbers: decision counts, and fees in 万元 (up to four decimals); blank = not entered. */
    public record EnterReportEntries(String unitCode, int year, @Size(max = NUMBER_MAX) String licensing,
            @Size(max = NUMBER_MAX) String penalties, @Size(max = NUMBER_MAX) String coercion,
            @Size(max = NUMBER_MAX) String feesTenThousandYuan) implements OnReport {}

    /** Freezes the numbers and sends the report for approval. */
    public record SubmitReport(String unitCode, int year) implements OnReport {}

    public record ReturnReport(String unitCode, int year,
            @Size(max = COMMENT_MAX, message = "退回意见不能超过{max}字") String comment) implements OnReport {}

    public record ApproveReport(String unitCode, int year) implements OnReport {}

    public record PublishReport(String unitCode, int year) implements OnReport {}

    /** An earlier year's report as it was published then. */
    public record EnterEarlierReport(String unitCode, int year, @Valid ReportService.EnteredReport report)
            implements OnReport {}

    /** The result of a report command: the audited key and the audit record's detail. */
    public record ReportChange(String key, String detail) {}
}
