package org.gongkai.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.gongkai.audit.AuditLog;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * External issuers (外部发布机关) for loaders that run as the system, such as the demo's 法律法规 (issue #10): finds one
 * by name or creates it. A created issuer gets a generated credit code — registration department 1, type 1, division
 * {@code 000000} (no real code has it), nine characters from a hash of the name, the GB 32100 check character — since
 * the real codes of 全国人大常委会 or a ministry are not in the data; an administrator can replace it in the unit form.
 */
@Component
public class ExternalIssuers {

    static final String GENERATED_PREFIX = "11000000";

    private final UnitRepository units;
    private final AuditLog audit;

    ExternalIssuers(UnitRepository units, AuditLog audit) {
        this.units = units;
        this.audit = audit;
    }

    /** The external issuer named {@code name}, if there is one. */
    @Transactional(readOnly = true)
    public Optional<UnitView> find(String name) {
        return units.findAll().stream().filter(u -> u.type() == UnitType.EXTERNAL_ISSUER && u.name().equals(name))
                .findFirst().map(Unit::view);
    }

    /** The external issuer named {@code name}, created as the system (audited) when missing. */
    @Transactional
    public UnitView findOrCreate(String name) {
        String clean = Texts.requireText(name, "name", "请填写单位名称", 200);
        return find(clean).orElseGet(() -> {
            String code = generatedCode(clean, 0);
            for (int salt = 1; units.findByCreditCode(code).isPresent(); salt++) {
                code = generatedCode(clean, salt);
            }
            long id = units.insert(new Unit(null, code, clean, null, UnitType.EXTERNAL_ISSUER, null, null, null, null,
                    null, null, null, null));
            audit.recordAs("system", "UNIT_CREATED", "Unit", String.valueOf(id), AuditLog.Outcome.SUCCESS,
                    code + " " + clean + "（外部发布机关）");
            return units.findById(id).orElseThrow().view();
        });
    }

    /** A valid credit code for an issuer whose real one is unknown: {@value #GENERATED_PREFIX} + 9 + check. */
    static String generatedCode(String name, int salt) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + name).getBytes(StandardCharsets.UTF_8));
            StringBuilder code = new StringBuilder(GENERATED_PREFIX);
            for (int i = 0; i < 9; i++) {
                code.append(CreditCodes.ALPHABET.charAt(Math.floorMod(hash[i], CreditCodes.ALPHABET.length())));
            }
            return CreditCodes.complete(code.toString());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
