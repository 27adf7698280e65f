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
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.common.Role;
import org.gongkai.organisation.DemoCountyLoaded;
import org.gongkai.organisation.StaffDirectory;
import org.gongkai.organisation.StaffDirectory.StaffView;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * Demo mode only: when the demo county is loaded, gives each demo staff member an account with a random
 * strong password, TOTP where it is required, and a 365-day API token, and writes them all to
 * {@code <data-dir>/demo-credentials.json} (owner-readable only) so people and scripts can sign in.
 */
@Component
class DemoAccounts {

    static final String FILE = "demo-credentials.json";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final IdentityService identity;
    private final ApiTokenService tokens;
    private final StaffDirectory staff;
    private final UnitDirectory units;
    private final GongkaiProperties gongkai;
    private final ObjectMapper json;

    DemoAccounts(IdentityService identity, ApiTokenService tokens, StaffDirectory staff, UnitDirectory units, GongkaiProperties gongkai,
            ObjectMapper json) {
        this.identity = identity;
        this.tokens = tokens;
        this.staff = staff;
        this.units = units;
        this.gongkai = gongkai;
        this.json = json;
    }

    @EventListener
    void on(DemoCountyLoaded event) {
        if (!gongkai.demo()) {
            return;
        }
        List<Map<String, Object>> credentials = new ArrayList<>();
        for (long staffId : event.staffIds()) {
            StaffView person = staff.findById(staffId).orElse(null);
            if (person == null || !person.active() || identity.hasAccount(staffId)) {
                continue;
            }
            String password = PasswordPolicy.randomStrongPassword();
            String secret = identity.totpRequired(person) ? Totp.newSecret() : null;
            identity.provision(staffId, password, secret);
            var token = tokens.issueToken(staffId, "演示令牌", 365);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("username", person.username());
            entry.put("password", password);
            if (secret != null) {
                entry.put("totpSecret", secret);
            }
            entry.put("apiToken", token.token());
            Set<String> roles = new TreeSet<>();
            person.unitRoles().values().forEach(rs -> rs.stream().map(Role::name).forEach(roles::add));
            entry.put("roles", List.copyOf(roles));
            entry.put("unitCodes", person.unitRoles().keySet().stream().sorted()
                    .map(units::findById)
                    .flatMap(java.util.Optional::stream)
                    .map(UnitView::creditCode)
                    .toList());
            credentials.add(entry);
        }
        write(credentials);
    }

    private void write(List<Map<String, Object>> credentials) {
        Path file = gongkai.dataDir().resolve(FILE);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, json.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(credentials));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        log.info("Demo accounts: {} credentials written to {}", credentials.size(), file.toAbsolutePath());
    }
}
