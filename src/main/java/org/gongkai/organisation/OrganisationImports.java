package org.gongkai.organisation;

import java.io.InputStream;
import org.gongkai.audit.AuditLog;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportReport;

/**
 * Unit and staff imports of {@link OrganisationService} (which authorises and owns the transaction): reads the
 * file with the one table reader, runs {@link UnitImport} or {@link StaffImport}, audits the outcome and, when
 * the rows were written, stores the idempotency key in the same transaction.
 */
final class OrganisationImports {

    private final OrganisationService service;
    private final UnitRepository units;
    private final RegionRepository regions;
    private final StaffRepository staff;
    private final AuditLog audit;

    OrganisationImports(OrganisationService service, UnitRepository units, RegionRepository regions,
            StaffRepository staff, AuditLog audit) {
        this.service = service;
        this.units = units;
        this.regions = regions;
        this.staff = staff;
        this.audit = audit;
    }

    ImportReport units(String filename, InputStream in, IdempotencyKeys.Claim claim) {
        return audited("Unit", filename, new UnitImport(service, units, regions).run(Tables.read(filename, in)),
                claim);
    }

    ImportReport staff(String filename, InputStream in, IdempotencyKeys.Claim claim) {
        return audited("Staff", filename, new StaffImport(service, staff, units).run(Tables.read(filename, in)),
                claim);
    }

    private ImportReport audited(String kind, String filename, ImportReport report, IdempotencyKeys.Claim claim) {
        if (report.completed()) {
            audit.success("IMPORT_COMPLETED", kind, null, filename + "：写入" + report.rowsWritten() + "行");
            claim.remember(report);
        } else {
            audit.record("IMPORT_REJECTED", kind, null, AuditLog.Outcome.FAILURE,
                    filename + "：" + report.errors().size() + "处错误，未写入");
        }
        return report;
    }
}
