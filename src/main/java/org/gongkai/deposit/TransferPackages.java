package org.gongkai.deposit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.organisation.StaffDirectory;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transfer packages (移交, issue #16): built monthly for the previous month (ShedLock, {@code gongkai.deposit.cron}) and
 * on demand by the system administrator, one per receiving institution (a unit where an active account holds {@link
 * Role#PACKAGE_RECEIVER}); listed and downloaded only by that institution's receiver accounts, every download
 * recorded ({@code deposit_delivery}) and audited. A package of another institution is simply not found.
 */
@Service
public class TransferPackages {

    private static final Logger log = LoggerFactory.getLogger(TransferPackages.class);
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final int LIST_LIMIT = 500;

    /** A package with what the page shows beside it. */
    public record Listed(TransferPackage pkg, String recipientName, List<TransferPackage.Delivery> deliveries) {}

    /** A package's file opened for its receiver. */
    public record Download(TransferPackage pkg, Path file) {}

    private final PackageRepository packages;
    private final PackageBuilder builder;
    private final UnitDirectory units;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final DepositProperties settings;
    private final Clock clock;

    TransferPackages(PackageRepository packages, PackageBuilder builder, UnitDirectory units, StaffDirectory staff,
            AuditLog audit, TransactionTemplate tx, DepositProperties settings, Clock clock) {
        this.packages = packages;
        this.builder = builder;
        this.units = units;
        this.staff = staff;
        this.audit = audit;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
    }

    /** Units with an active receiver account: the institutions packages are addressed to. */
    public List<UnitView> recipients() {
        Set<Long> ids = staff.findAll().stream().filter(StaffDirectory.StaffView::active)
                .flatMap(s -> s.unitRoles().entrySet().stream())
                .filter(e -> e.getValue().contains(Role.PACKAGE_RECEIVER)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return units.findAll().stream().filter(u -> ids.contains(u.id())).toList();
    }

    /** The system administrator's on-demand build of one institution's package for a period. */
    public TransferPackage build(Actor actor, long recipientUnitId, LocalDate from, LocalDate to) {
        if (actor == null || !actor.hasRole(Role.SYSTEM_ADMIN)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有系统管理员可以生成移交包");
        }
        return build(recipientUnitId, from, to, actor.username());
    }

    TransferPackage build(long recipientUnitId, LocalDate from, LocalDate to, String by) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        checkPeriod(from, to, today);
        UnitView recipient = recipients().stream().filter(u -> u.id() == recipientUnitId).findFirst()
                .orElseThrow(() -> GongkaiException.invalid("recipientUnitId", "请选择有接收账号的档案馆或图书馆"));
        if (packages.exists(recipientUnitId, from, to)) {
            throw new GongkaiException(ErrorCode.DUPLICATE, "该期间的移交包已生成", "from");
        }
        Map<Long, String> names = units.findAll().stream()
                .collect(Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a));
        PackageBuilder.Built built = builder.build(recipient, from, to, names);
        try {
            long id = tx.execute(s -> {
                long created = packages.insert(recipientUnitId, from, to, built, by, clock.instant());
                audit.recordAs(by, "TransferPackageBuilt", "TransferPackage", String.valueOf(created),
                        AuditLog.Outcome.SUCCESS, recipient.name() + " " + from + "至" + to + "：" + built.documents()
                                + "件文件，" + built.reports() + "份年报，" + built.payloadOxum());
                return created;
            });
            return packages.find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            delete(built.file());
            throw new GongkaiException(ErrorCode.DUPLICATE, "该期间的移交包已生成", "from");
        } catch (RuntimeException e) {
            delete(built.file());
            throw e;
        }
    }

    private void checkPeriod(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "请填写起始日期（YYYY-MM-DD）", "from");
        }
        if (to == null) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "请填写截止日期（YYYY-MM-DD）", "to");
        }
        if (from.isBefore(EARLIEST)) {
            throw GongkaiException.invalid("from", "起始日期不能早于" + EARLIEST);
        }
        if (to.isBefore(from)) {
            throw GongkaiException.invalid("to", "截止日期不能早于起始日期");
        }
        if (!to.isBefore(today)) {
            throw GongkaiException.invalid("to", "只能移交已经结束的期间（截止日期须早于今天）");
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1 > settings.maxPeriodDays()) {
            throw GongkaiException.invalid("to", "一个移交包的期间不能超过" + settings.maxPeriodDays() + "天");
        }
    }

    /** What the actor may see: every package for the system administrator, its institution's for a receiver. */
    public List<Listed> visible(Actor actor) {
        Map<Long, String> names = units.findAll().stream()
                .collect(Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a));
        List<TransferPackage> list = actor.hasRole(Role.SYSTEM_ADMIN) ? packages.list(null, LIST_LIMIT)
                : packages.list(actor.unitsWithRole(Role.PACKAGE_RECEIVER), LIST_LIMIT);
        return list.stream().map(p -> new Listed(p, names.get(p.recipientUnitId()), packages.deliveries(p.id())))
                .toList();
    }

    /**
     * The package file for its receiving institution's account, the delivery recorded and audited; NOT_FOUND for a
     * package addressed elsewhere (or none), as if it did not exist.
     */
    public Download deliver(Actor actor, long id) {
        TransferPackage p = packages.find(id)
                .filter(found -> actor.unitsWithRole(Role.PACKAGE_RECEIVER).contains(found.recipientUnitId()))
                .orElseThrow(GongkaiException::notFound);
        Path file = builder.folder().resolve(p.fileName()).normalize();
        if (!file.startsWith(builder.folder().normalize()) || !Files.isRegularFile(file)) {
            throw new GongkaiException(ErrorCode.NOT_FOUND, "移交包文件不存在，请联系系统管理员重新生成");
        }
        tx.executeWithoutResult(s -> {
            packages.delivered(p.id(), actor.staffId(), actor.username(), clock.instant());
            audit.success("TransferPackageDelivered", "TransferPackage", p.id(), p.bagName());
        });
        return new Download(p, file);
    }

    /** Builds last month's package for every receiving institution that has none yet. */
    @Scheduled(cron = "${gongkai.deposit.cron:0 40 3 2 * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "deposit-monthly", lockAtMostFor = "PT2H")
    void monthly() {
        if (!settings.scheduled()) {
            return;
        }
        YearMonth last = YearMonth.now(clock.withZone(TimeConfiguration.ZONE)).minusMonths(1);
        buildMonth(last);
    }

    /** The month's packages for every institution without one (the schedule's work); how many were built. */
    int buildMonth(YearMonth month) {
        int built = 0;
        for (UnitView recipient : recipients()) {
            if (packages.exists(recipient.id(), month.atDay(1), month.atEndOfMonth())) {
                continue;
            }
            try {
                build(recipient.id(), month.atDay(1), month.atEndOfMonth(), "system");
                built++;
            } catch (RuntimeException e) {
                log.error("deposit: package of {} for {} not built ({})", recipient.name(), month, e.toString());
            }
        }
        return built;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            log.warn("deposit: could not delete {} ({})", file, e.toString());
        }
    }
}
