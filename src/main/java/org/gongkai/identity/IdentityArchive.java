package org.gongkai.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.organisation.StaffDirectory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * Accounts in the full export, without their secrets (decision 014): which staff members have an account, whether it
 * used a second factor, when the password last changed. Password hashes, TOTP secrets, recovery codes and API tokens
 * stay behind — they would let whoever holds the archive attack the accounts offline, and they belong to the old
 * installation. On import every account gets a random first password that must be changed at the first sign-in (TOTP
 * is enrolled again where required), written to {@code <data-dir>/import-credentials.json}, owner-readable only.
 */
@Component
class IdentityArchive implements ArchiveContribution {

    static final String FILE = "import-credentials.json";

    private final PasswordEncoder encoder;
    private final StaffDirectory staff;
    private final GongkaiProperties gongkai;
    private final ObjectMapper json;
    private final Map<Long, String> issued = new LinkedHashMap<>();

    IdentityArchive(PasswordEncoder encoder, StaffDirectory staff, GongkaiProperties gongkai, ObjectMapper json) {
        this.encoder = encoder;
        this.staff = staff;
        this.gongkai = gongkai;
        this.json = json;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("identity_account", "staff_id").omitted("password_hash", "totp_secret",
                "totp_last_step").onImport(row -> {
                    String password = PasswordPolicy.randomStrongPassword();
                    synchronized (issued) {
                        issued.put(((Number) row.get("staff_id")).longValue(), password);
                    }
                    row.put("password_hash", encoder.encode(password));
                    row.put("must_change_password", true);
                    row.put("totp_enabled", false);
                    row.put("failed_attempts", 0);
                    row.put("locked_until", null);
                }));
    }

    @Override
    public void afterImport() {
        List<Map<String, Object>> accounts = new ArrayList<>();
        synchronized (issued) {
            issued.forEach((staffId, password) -> staff.findById(staffId).ifPresent(person -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("username", person.username());
                entry.put("password", password);
                entry.put("mustChangePassword", true);
                accounts.add(entry);
            }));
            issued.clear();
        }
        if (accounts.isEmpty()) {
            return;
        }
        Path file = gongkai.dataDir().resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, json.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(accounts));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
