package org.gongkai.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.common.Actor;
import org.gongkai.common.TimeConfiguration;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module's application service: appends records to the hash chain (the {@link AuditLog} port),
 * verifies the chain, purges records older than the retention period and reads the log for the audit
 * administrator. There is deliberately no way to change or delete a single record.
 *
 * <p>Appends lock the one-row {@code audit_chain_head} with {@code SELECT ... FOR UPDATE} inside the caller's
 * transaction (or a new one), so records are chained in one order across threads and instances. A record that must
 * survive its caller's rollback waits, if the caller's transaction holds the head, until that transaction has ended
 * ({@link ChainHeadHolds}).
 */
@Service
public class AuditService implements AuditLog {

    static final String ANONYMOUS = "anonymous";

    private static final String PURGED = "AUDIT_PURGED";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TransactionTemplate apart;
    private final ChainHeadHolds holds;
    private final Clock clock;
    private final AuditProperties properties;
    private final SourceAddress sourceAddress;
    /** Records read per query while verifying (keyset pages, so memory stays flat on any size). */
    int verifyBatch = 5000;

    /**
     * Where the current request comes from (the client's IP address), or null outside a request. The web
     * adapter supplies it, so that this service stays free of servlet types.
     */
    public interface SourceAddress {
        String current();

        /** {@code METHOD /path} of the current request, or null outside a request. */
        default String path() {
            return null;
        }
    }

    public AuditService(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock,
            AuditProperties properties, SourceAddress sourceAddress) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.apart = new TransactionTemplate(transactionManager);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.holds = new ChainHeadHolds(transactionManager);
        this.clock = clock;
        this.properties = properties;
        this.sourceAddress = sourceAddress;
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void record(String action, String objectType, String objectId, Outcome outcome, String detail) {
        Optional<Actor> actor = Actor.current();
        append(actor.map(Actor::username).orElse(ANONYMOUS), actor.flatMap(Actor::primaryUnitId).orElse(null),
                action, objectType, objectId, outcome, detail);
    }

    @Override
    public void recordAs(String actorName, String action, String objectType, String objectId, Outcome outcome,
            String detail) {
        String name = actorName == null || actorName.isBlank() ? ANONYMOUS : actorName;
        append(name, null, action, objectType, objectId, outcome, detail);
    }

    @Override
    public void recordSurvivingRollback(String actorName, String action, String objectType, String objectId,
            Outcome outcome, String detail) {
        requireAction(action);
        Optional<Actor> current = actorName == null ? Actor.current() : Optional.empty();
        String actor = actorName == null ? current.map(Actor::username).orElse(ANONYMOUS)
                : actorName.isBlank() ? ANONYMOUS : actorName;
        Long unit = current.flatMap(Actor::primaryUnitId).orElse(null);
        String source = sourceAddress.current(); // taken now: the write may come after the request
        holds.whenReleased(action + " " + outcome + " " + objectType + " " + objectId + " by " + actor,
                () -> apart.executeWithoutResult(status -> append(actor, unit, action, objectType, objectId, outcome,
                        detail, source)));
    }

    /** One aggregated refusal record ({@link RefusalAggregator}), with the source address it was counted for. */
    void appendRefusal(String actor, Long unitId, String action, String objectType, String objectId, String source,
            String detail) {
        append(actor, unitId, action, objectType, objectId, Outcome.REFUSED, detail, source);
    }

    private AuditRecord append(String actor, Long unitId, String action, String objectType, String objectId,
            Outcome outcome, String detail) {
        return append(actor, unitId, action, objectType, objectId, outcome, detail, sourceAddress.current());
    }

    private AuditRecord append(String actor, Long unitId, String action, String objectType, String objectId,
            Outcome outcome, String detail, String source) {
        requireAction(action);
        return tx.execute(status -> {
            ChainHead head = lockHead();
            AuditRecord unsigned = new AuditRecord(head.lastSeq() + 1, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    cut(actor, 200), unitId, cut(action, 100), cut(objectType, 100), cut(objectId, 200),
                    outcome == null ? Outcome.SUCCESS : outcome, detail, cut(source, 100), head.lastHash(),
                    null);
            AuditRecord record = withHash(unsigned);
            jdbc.sql("""
                    INSERT INTO audit_record (seq, occurred_at, actor, actor_unit_id, action, object_type, object_id,
                        outcome, detail, source_address, prev_hash, hash)
                    VALUES (:seq, :at, :actor, :unit, :action, :type, :id, :outcome, :detail, :source, :prev, :hash)
                    """)
                    .param("seq", record.seq())
                    .param("at", OffsetDateTime.ofInstant(record.occurredAt(), ZoneOffset.UTC))
                    .param("actor", record.actor())
                    .param("unit", record.actorUnitId())
                    .param("action", record.action())
                    .param("type", record.objectType())
                    .param("id", record.objectId())
                    .param("outcome", record.outcome().name())
                    .param("detail", record.detail())
                    .param("source", record.sourceAddress())
                    .param("prev", record.prevHash())
                    .param("hash", record.hash())
                    .update();
            jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                    .param("seq", record.seq())
                    .param("hash", record.hash())
                    .update();
            return record;
        });
    }

    private static void requireAction(String action) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("audit action is required");
        }
    }

    private ChainHead lockHead() {
        holds.beforeLock();
        ChainHead head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
        holds.locked();
        return head;
    }

    private static AuditRecord withHash(AuditRecord r) {
        return new AuditRecord(r.seq(), r.occurredAt(), r.actor(), r.actorUnitId(), r.action(), r.objectType(),
                r.objectId(), r.outcome(), r.detail(), r.sourceAddress(), r.prevHash(), r.expectedHash());
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    // ---------------------------------------------------------------- purging

    /** What a purge did. */
    public record PurgeResult(long deleted, long firstKeptSeq, Instant cutoff) implements java.io.Serializable {}

    /**
     * Deletes the records older than the retention period (always a prefix of the chain), writes an anchor
     * that lets verification start at the first kept record, and records the purge itself.
     */
    public PurgeResult purge() {
        return tx.execute(status -> {
            ChainHead head = lockHead();
            Instant now = clock.instant();
            Instant cutoff = now.minus(properties.retentionDays(), ChronoUnit.DAYS);
            Long oldestKept = jdbc.sql("SELECT MIN(seq) FROM audit_record WHERE occurred_at >= :cutoff")
                    .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            long firstKept = oldestKept == null ? head.lastSeq() + 1 : oldestKept;
            String firstKeptPrev = oldestKept == null ? head.lastHash()
                    : jdbc.sql("SELECT prev_hash FROM audit_record WHERE seq = :seq").param("seq", firstKept)
                            .query(String.class).single();
            int deleted = jdbc.sql("DELETE FROM audit_record WHERE seq < :seq").param("seq", firstKept).update();
            String by = Actor.current().map(Actor::username).orElse("system");
            if (deleted > 0) {
                jdbc.sql("""
                        INSERT INTO audit_anchor (purged_at, cutoff, first_kept_seq, first_kept_prev_hash,
                            purged_count, purged_by)
                        VALUES (:at, :cutoff, :seq, :prev, :count, :by)
                        """)
                        .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                        .param("seq", firstKept)
                        .param("prev", firstKeptPrev)
                        .param("count", (long) deleted)
                        .param("by", by)
                        .update();
            }
            record(PURGED, "AuditLog", null, Outcome.SUCCESS, "删除 " + deleted + " 条早于 "
                    + cutoff.atZone(TimeConfiguration.ZONE).toLocalDate() + " 的审计记录（保留期 "
                    + properties.retentionDays() + " 天），自序号 " + firstKept + " 起保留");
            return new PurgeResult(deleted, firstKept, cutoff);
        });
    }

    // ---------------------------------------------------------------- verifying

    /** Walks the chain from the oldest remaining record; reads only, records nothing. */
    public Verification verify() {
        return tx.execute(status -> {
            ChainHead head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                    .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).single();
            Optional<Anchor> anchor = jdbc.sql("""
                    SELECT first_kept_seq, first_kept_prev_hash FROM audit_anchor ORDER BY id DESC LIMIT 1
                    """).query((rs, n) -> new Anchor(rs.getLong(1), rs.getString(2))).optional();
            String expectedPrev = anchor.map(Anchor::prevHash).orElse(AuditRecord.GENESIS);
            long expectedSeq = anchor.map(Anchor::firstKeptSeq).orElse(1L);
            long checked = 0;
            AuditRecord last = null;
            long after = Long.MIN_VALUE;
            while (true) {
                List<AuditRecord> batch = jdbc.sql(SELECT + " WHERE seq > :after AND seq <= :last ORDER BY seq LIMIT :n")
                        .param("after", after).param("last", head.lastSeq()).param("n", verifyBatch)
                        .query(MAPPER).list();
                for (AuditRecord r : batch) {
                    checked++;
                    if (!r.prevHash().equals(expectedPrev)) {
                        return Verification.broken(checked, r.seq(), linkReason(last, expectedSeq, r));
                    }
                    if (!r.expectedHash().equals(r.hash())) {
                        return Verification.broken(checked, r.seq(), "记录内容与其哈希值不符，记录已被修改");
                    }
                    if (r.seq() != expectedSeq) {
                        return Verification.broken(checked, r.seq(), "记录序号不连续：应为 " + expectedSeq);
                    }
                    expectedPrev = r.hash();
                    expectedSeq = r.seq() + 1;
                    last = r;
                }
                if (batch.size() < verifyBatch) {
                    break;
                }
                after = batch.get(batch.size() - 1).seq();
            }
            if (head.lastSeq() >= expectedSeq) {
                return Verification.broken(checked, head.lastSeq(),
                        "链尾记录缺失：最后一条应为序号 " + head.lastSeq() + "，实际只到 " + (expectedSeq - 1));
            }
            if (!head.lastHash().equals(expectedPrev)) {
                return Verification.broken(checked, head.lastSeq(), "最后一条记录的哈希值与链头登记的不符，记录已被修改");
            }
            return Verification.intact(checked);
        });
    }

    private static String linkReason(AuditRecord previous, long expectedSeq, AuditRecord r) {
        if (r.seq() > expectedSeq) {
            return expectedSeq == r.seq() - 1 ? "序号 " + expectedSeq + " 的记录缺失（已被删除）"
                    : "序号 " + expectedSeq + " 至 " + (r.seq() - 1) + " 的记录缺失（已被删除）";
        }
        return previous == null ? "最早一条记录与链起点（或最近一次清理的锚点）不衔接"
                : "与前一条记录（序号 " + previous.seq() + "）的哈希链接不符";
    }

    /** Verifies and records that the audit administrator checked the chain. */
    public Verification checkIntegrity() {
        Verification result = verify();
        record("AUDIT_VERIFIED", "AuditLog", null, result.intact() ? Outcome.SUCCESS : Outcome.FAILURE,
                result.intact() ? "完整，校验 " + result.checked() + " 条"
                        : "首条异常记录序号 " + result.firstBrokenSeq() + "：" + result.reason());
        return result;
    }

    // ---------------------------------------------------------------- reading

    /** A page of records matching the filter, newest first; size is capped at 200. */
    public AuditPage search(AuditFilter filter, int page, int size) {
        int p = Math.max(0, page);
        int s = Math.min(200, Math.max(1, size));
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (has(filter.actor())) {
            where.append(" AND actor = :actor");
            params.put("actor", filter.actor().trim());
        }
        if (has(filter.action())) {
            where.append(" AND action = :action");
            params.put("action", filter.action().trim());
        }
        if (has(filter.objectType())) {
            where.append(" AND object_type = :type");
            params.put("type", filter.objectType().trim());
        }
        if (filter.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        if (filter.outcome() != null) {
            where.append(" AND outcome = :outcome");
            params.put("outcome", filter.outcome().name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_record" + where).params(params).query(Long.class).single();
        List<AuditRecord> items = new ArrayList<>(jdbc.sql(SELECT + where + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", s).param("offset", (long) p * s).query(MAPPER).list());
        return new AuditPage(items, p, s, total);
    }

    private static boolean has(String v) {
        return v != null && !v.isBlank();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime();
    }

    public int retentionDays() {
        return properties.retentionDays();
    }

    private static final String SELECT = """
            SELECT seq, occurred_at, actor, actor_unit_id, action, object_type, object_id, outcome, detail,
                   source_address, prev_hash, hash FROM audit_record""";

    private static final RowMapper<AuditRecord> MAPPER = (rs, n) -> {
        long unit = rs.getLong("actor_unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        return new AuditRecord(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), unitId, rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), Outcome.valueOf(rs.getString("outcome")), rs.getString("detail"),
                rs.getString("source_address"), rs.getString("prev_hash"), rs.getString("hash"));
    };

    private record ChainHead(long lastSeq, String lastHash) {}

    private record Anchor(long firstKeptSeq, String prevHash) {}
}
