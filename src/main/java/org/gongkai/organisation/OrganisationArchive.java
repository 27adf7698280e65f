package org.gongkai.organisation;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.gongkai.common.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * The organisation in the full export: regions and units (trees, with the units' letter and remedy settings), staff
 * (mobile numbers in clear in the archive, encrypted again on import with their blind index), memberships and roles.
 */
@Component
class OrganisationArchive implements ArchiveContribution {

    private final FieldCipher cipher;

    OrganisationArchive(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("org_region", "id").tree("parent_id"),
                ArchiveTable.of("org_unit", "id").tree("parent_id"),
                ArchiveTable.of("org_staff", "id").encrypted("mobile").onImport(row -> {
                    Object mobile = row.get("mobile");
                    row.put("mobile_index", mobile == null || mobile.toString().isBlank() ? null
                            : cipher.blindIndex(mobile.toString()));
                }),
                ArchiveTable.of("org_membership", "staff_id, unit_id"),
                ArchiveTable.of("org_staff_role", "staff_id, unit_id, role"),
                ArchiveTable.of("org_reading_place", "id"));
    }
}
