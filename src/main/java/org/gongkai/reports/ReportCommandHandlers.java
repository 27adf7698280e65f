package org.gongkai.reports;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.common.Actor;
import org.gongkai.reports.ReportCommands.ApproveReport;
import org.gongkai.reports.ReportCommands.EditReportNarrative;
import org.gongkai.reports.ReportCommands.EnterEarlierReport;
import org.gongkai.reports.ReportCommands.EnterReportEntries;
import org.gongkai.reports.ReportCommands.GenerateDraft;
import org.gongkai.reports.ReportCommands.OnReport;
import org.gongkai.reports.ReportCommands.PublishReport;
import org.gongkai.reports.ReportCommands.ReportChange;
import org.gongkai.reports.ReportCommands.ReturnReport;
import org.gongkai.reports.ReportCommands.SubmitReport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One handler per report command: who may run it ({@link ReportAccess}) and what it does. */
@Configuration(proxyBeanMethods = false)
class ReportCommandHandlers {

    private final ReportAccess access;
    private final ReportWorkflow workflow;
    private final EarlierReports earlier;
    private final ReportYears years;

    ReportCommandHandlers(ReportAccess access, ReportWorkflow workflow, EarlierReports earlier, ReportYears years) {
        this.access = access;
        this.years = years;
        this.workflow = workflow;
        this.earlier = earlier;
    }

    @Bean
    CommandHandler<GenerateDraft, ReportChange> generateDraft() {
        return handler(GenerateDraft.class, workflow::generateDraft, this::preparer);
    }

    @Bean
    CommandHandler<EditReportNarrative, ReportChange> editReportNarrative() {
        return handler(EditReportNarrative.class, workflow::editNarrative, this::preparer);
    }

    @Bean
    CommandHandler<EnterReportEntries, ReportChange> enterReportEntries() {
        return handler(EnterReportEntries.class, workflow::enterEntries, this::preparer);
    }

    @Bean
    CommandHandler<SubmitReport, ReportChange> submitReport() {
        return handler(SubmitReport.class, workflow::submit, this::preparer);
    }

    @Bean
    CommandHandler<ReturnReport, ReportChange> returnReport() {
        return handler(ReturnReport.class, workflow::giveBack, this::approver);
    }

    @Bean
    CommandHandler<ApproveReport, ReportChange> approveReport() {
        return handler(ApproveReport.class, workflow::approve, this::approver);
    }

    @Bean
    CommandHandler<PublishReport, ReportChange> publishReport() {
        return handler(PublishReport.class, workflow::publish, this::preparerOrApprover);
    }

    @Bean
    CommandHandler<EnterEarlierReport, ReportChange> enterEarlierReport() {
        return handler(EnterEarlierReport.class, earlier::enter, this::preparerOrApprover);
    }

    private void preparer(OnReport c, Actor actor) {
        access.preparable(actor, c.unitCode());
    }

    private void approver(OnReport c, Actor actor) {
        access.approvable(actor, c.unitCode());
    }

    private void preparerOrApprover(OnReport c, Actor actor) {
        access.preparableOrApprovable(actor, c.unitCode());
    }

    /** A handler whose command names a year in range ({@link ReportYears}) before anything else is asked. */
    private <C extends OnReport> CommandHandler<C, ReportChange> handler(Class<C> type,
            BiFunction<C, CommandContext, ReportChange> body, BiConsumer<OnReport, Actor> authoriser) {
        return CommandHandlers.handle(type, body)
                .authorisedBy((c, actor) -> {
                    years.check(c.year());
                    authoriser.accept(c, actor);
                })
                .describedBy((c, r) -> r.detail())
                .objectId((c, r) -> r.key())
                .build();
    }
}
