package org.gongkai.reports;

import org.gongkai.commands.Command;

/**
 * Every staff action on an annual report as a command record, run by the one
 * {@link org.gongkai.commands.CommandDispatcher} from the console, the API and {@link ReportService}'s methods.
 * The audit action is the record's name in UPPER_SNAKE ({@code ApproveReport} → {@code APPROVE_REPORT}); the
 * audited object is {@code AnnualReport} {@code <credit code>/<year>}. Handlers: {@link ReportCommandHandlers}.
 */
public final class ReportCommands {

    private ReportCommands() {}

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
    public record EditReportNarrative(String unitCode, int year, String overview, String problems,
            String otherMatters) implements OnReport {}

    /** Table 二's entered numbers: decision counts, and fees in 万元 (up to four decimals); blank = not entered. */
    public record EnterReportEntries(String unitCode, int year, String licensing, String penalties, String coercion,
            String feesTenThousandYuan) implements OnReport {}

    /** Freezes the numbers and sends the report for approval. */
    public record SubmitReport(String unitCode, int year) implements OnReport {}

    public record ReturnReport(String unitCode, int year, String comment) implements OnReport {}

    public record ApproveReport(String unitCode, int year) implements OnReport {}

    public record PublishReport(String unitCode, int year) implements OnReport {}

    /** An earlier year's report as it was published then. */
    public record EnterEarlierReport(String unitCode, int year, ReportService.EnteredReport report)
            implements OnReport {}

    /** The result of a report command: the audited key and the audit record's detail. */
    public record ReportChange(String key, String detail) {}
}
