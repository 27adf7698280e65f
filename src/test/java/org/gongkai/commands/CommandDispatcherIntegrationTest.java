package org.gongkai.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors.TestActor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.requests.ApplicationInput;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DecisionCode;
import org.gongkai.requests.RequestCommands.AcceptRequest;
import org.gongkai.requests.RequestCommands.DecideRequest;
import org.gongkai.requests.RequestCommands.ExtendRequest;
import org.gongkai.requests.RequestCommands.RegisterRequest;
import org.gongkai.requests.RequestEvents;
import org.gongkai.requests.RequestService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher with real request commands: audit names, refusals in their own transaction (also inside a caller's
 * transaction that already holds the audit chain's head: decision 035), event order.
 */
@IntegrationTest
class CommandDispatcherIntegrationTest {

    static final String OFFICE = "11990101100100148H";

    @Autowired
    CommandDispatcher commands;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DecisionWatcher watcher;
    @Autowired
    DataSource dataSource;

    /** Notes, when a decision event arrives, whether the audit record of its command was already written. */
    static class DecisionWatcher {
        final List<String> seen = new ArrayList<>();
        JdbcClient jdbc;

        @EventListener
        void on(RequestEvents.DecisionIssued event) {
            int audited = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'DECIDE_REQUEST' "
                    + "AND outcome = 'SUCCESS' AND object_id = :tn").param("tn", event.trackingNumber())
                    .query(Integer.class).single();
            seen.add(event.trackingNumber() + (audited == 1 ? ":after-audit" : ":before-audit"));
        }
    }

    @TestConfiguration
    static class Watching {
        @Bean
        DecisionWatcher decisionWatcher(JdbcClient jdbc) {
            DecisionWatcher watcher = new DecisionWatcher();
            watcher.jdbc = jdbc;
            return watcher;
        }
    }

    TestActor officer() {
        long office = units.findByCreditCode(OFFICE).orElseThrow().id();
        return new TestActor(-7, "dispatch-officer", "dispatch-officer", Map.of(office, Set.of(Role.REQUEST_OFFICER)));
    }

    String register(TestActor officer, String description) {
        RequestService.Submitted s = commands.dispatchAs(officer, new RegisterRequest(new ApplicationInput(
                "NATURAL_PERSON", "命令测试", "11010519491231002X", null, "13712345678", null, null, OFFICE,
                description, "PAPER", "PICKUP"), Channel.LETTER, LocalDate.parse("2025-09-26")));
        return s.trackingNumber();
    }

    List<Map<String, Object>> audit(String tn) {
        return jdbc.sql("SELECT action, outcome, actor, detail FROM audit_record WHERE object_id = :tn ORDER BY seq")
                .param("tn", tn).query().listOfRows();
    }

    @Test
    void aSuccessIsAuditedUnderTheActionNameDerivedFromTheCommand() {
        TestActor officer = officer();
        String tn = register(officer, "命令审计测试：成功");
        commands.dispatchAs(officer, new AcceptRequest(tn, null));

        assertThat(audit(tn)).extracting(r -> r.get("action") + "/" + r.get("outcome") + "/" + r.get("actor"))
                .containsExactly("REGISTER_REQUEST/SUCCESS/dispatch-officer", "ACCEPT_REQUEST/SUCCESS/dispatch-officer");
    }

    @Test
    void aRefusalIsAuditedAsRefusedInItsOwnTransactionAndNothingElseIsWritten() {
        TestActor officer = officer();
        String tn = register(officer, "命令审计测试：拒绝");
        commands.dispatchAs(officer, new ExtendRequest(tn, LocalDate.parse("2025-10-20"), 10, "周志远"));
        Map<String, Object> before = jdbc.sql("SELECT version, due_on FROM requests_request WHERE tracking_number = :tn")
                .param("tn", tn).query().singleRow();
        int eventsBefore = ledgerSize(tn);

        // run inside a caller's transaction that the refusal rolls back: the REFUSED record must survive it
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                commands.dispatchAs(officer, new ExtendRequest(tn, LocalDate.parse("2025-10-21"), 5, "周志远"))))
                .isInstanceOf(GongkaiException.class).extracting("code").isEqualTo(ErrorCode.EXTENSION_ALREADY_USED);

        assertThat(audit(tn)).extracting(r -> r.get("action") + "/" + r.get("outcome"))
                .containsExactly("REGISTER_REQUEST/SUCCESS", "EXTEND_REQUEST/SUCCESS", "EXTEND_REQUEST/REFUSED");
        assertThat((String) audit(tn).get(2).get("detail")).startsWith("EXTENSION_ALREADY_USED: 答复期限只能延长一次");
        assertThat(ledgerSize(tn)).isEqualTo(eventsBefore);
        assertThat(jdbc.sql("SELECT version, due_on FROM requests_request WHERE tracking_number = :tn").param("tn", tn)
                .query().singleRow()).isEqualTo(before);
    }

    @Test
    void eventsArePublishedAfterTheAuditRecordAndNotForARefusal() {
        TestActor officer = officer();
        String tn = register(officer, "命令审计测试：事件");
        assertThatThrownBy(() -> commands.dispatchAs(officer, new DecideRequest(tn, LocalDate.parse("2025-09-25"),
                DecisionCode.DISCLOSED, "已公开"))).isInstanceOf(GongkaiException.class);
        assertThat(watcher.seen).noneMatch(s -> s.startsWith(tn));

        commands.dispatchAs(officer, new DecideRequest(tn, LocalDate.parse("2025-10-09"), DecisionCode.DISCLOSED,
                "已公开"));

        assertThat(watcher.seen).filteredOn(s -> s.startsWith(tn)).containsExactly(tn + ":after-audit");
    }

    @Test
    void aRefusalInsideATransactionThatHoldsTheChainHeadIsRecordedOnceWhenThatTransactionCommits() throws Exception {
        TestActor officer = officer();
        String tn = register(officer, "命令审计测试：外层事务提交");
        commands.dispatchAs(officer, new ExtendRequest(tn, LocalDate.parse("2025-10-20"), 10, "周志远"));
        AtomicReference<String> other = new AtomicReference<>();

        // the caller's transaction first writes an audited change (it now holds the chain head until it ends), then
        // dispatches a command in a nested transaction of its own (as a loader that skips a refused item does): it is
        // refused, the caller carries on and commits
        TransactionTemplate nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Throwable thrown = inOuterTransaction(status -> {
            other.set(register(officer, "命令审计测试：外层事务中的成功"));
            assertThatThrownBy(() -> nested.executeWithoutResult(inner -> commands.dispatchAs(officer,
                    new ExtendRequest(tn, LocalDate.parse("2025-10-21"), 5, "周志远"))))
                    .isInstanceOf(GongkaiException.class).extracting("code").isEqualTo(ErrorCode.EXTENSION_ALREADY_USED);
        });

        assertThat(thrown).isNull();
        assertThat(audit(tn)).extracting(r -> r.get("action") + "/" + r.get("outcome"))
                .containsExactly("REGISTER_REQUEST/SUCCESS", "EXTEND_REQUEST/SUCCESS", "EXTEND_REQUEST/REFUSED");
        assertThat(audit(other.get())).extracting(r -> r.get("action") + "/" + r.get("outcome"))
                .containsExactly("REGISTER_REQUEST/SUCCESS");
        assertThat(seq(tn, "REFUSED")).as("written after the caller's transaction ended")
                .isGreaterThan(seq(other.get(), "SUCCESS"));
    }

    @Test
    void aRefusalInsideATransactionThatHoldsTheChainHeadSurvivesItsRollbackAndIsRecordedOnce() throws Exception {
        TestActor officer = officer();
        String tn = register(officer, "命令审计测试：外层事务回滚");
        commands.dispatchAs(officer, new ExtendRequest(tn, LocalDate.parse("2025-10-20"), 10, "周志远"));
        AtomicReference<String> other = new AtomicReference<>();

        Throwable thrown = inOuterTransaction(status -> {
            other.set(register(officer, "命令审计测试：外层事务中被回滚的成功"));
            commands.dispatchAs(officer, new ExtendRequest(tn, LocalDate.parse("2025-10-21"), 5, "周志远"));
        });

        assertThat(thrown).isInstanceOf(GongkaiException.class).extracting("code")
                .isEqualTo(ErrorCode.EXTENSION_ALREADY_USED);
        assertThat(((GongkaiException) thrown).refusalRecorded()).as("the web edge does not count it again").isTrue();
        assertThat(audit(tn)).extracting(r -> r.get("action") + "/" + r.get("outcome"))
                .containsExactly("REGISTER_REQUEST/SUCCESS", "EXTEND_REQUEST/SUCCESS", "EXTEND_REQUEST/REFUSED");
        assertThat(audit(other.get())).as("the caller's change and its record are rolled back").isEmpty();
    }

    /**
     * Runs {@code body} in a transaction on another thread and returns what it threw (null if it committed). Before
     * decision 035 a refusal in such a transaction waited for the chain head its own transaction held: 10 s on H2
     * (LOCK_TIMEOUT), forever on PostgreSQL — so the wait is bounded here, and on PostgreSQL the holder's connection is
     * terminated, which frees the head for the tests that follow.
     */
    Throwable inOuterTransaction(Consumer<TransactionStatus> body) throws Exception {
        boolean postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                DatabaseMetaData::getDatabaseProductName));
        AtomicReference<Integer> backend = new AtomicReference<>();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> outer = thread.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                if (postgres) {
                    backend.set(jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single());
                }
                body.accept(status);
            }));
            try {
                outer.get(30, TimeUnit.SECONDS);
                return null;
            } catch (ExecutionException e) {
                return e.getCause();
            } catch (TimeoutException hung) {
                if (backend.get() != null) {
                    jdbc.sql("SELECT pg_terminate_backend(:pid)").param("pid", backend.get()).query().listOfRows();
                }
                throw new AssertionError("the refusal waited for the audit chain head held by its own caller", hung);
            }
        } finally {
            thread.shutdownNow();
        }
    }

    long seq(String tn, String outcome) {
        return jdbc.sql("SELECT MAX(seq) FROM audit_record WHERE object_id = :tn AND outcome = :outcome")
                .param("tn", tn).param("outcome", outcome).query(Long.class).single();
    }

    int ledgerSize(String tn) {
        return jdbc.sql("SELECT COUNT(*) FROM requests_event e JOIN requests_request r ON r.id = e.request_id "
                + "WHERE r.tracking_number = :tn").param("tn", tn).query(Integer.class).single();
    }
}
