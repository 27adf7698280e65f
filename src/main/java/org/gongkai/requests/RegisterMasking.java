package org.gongkai.requests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.catalogue.CatalogueProperties;
import org.gongkai.catalogue.PersonalDataGuard;
import org.springframework.stereotype.Component;

/**
 * De-identifies a request's texts for the public register (RULES §4): the applicant's own name, identity number,
 * phone, e-mail and address wherever they appear; then every ID, mobile and bank card number the catalogue's
 * {@link PersonalDataGuard} finds (with the configured masks); every other e-mail address; and street addresses
 * below the township (road and house number, building, unit, room).
 */
@Component
class RegisterMasking {

    static final String HIDDEN_ADDRESS = "（地址已隐去）";
    private static final Pattern EMAIL = Pattern.compile("([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
    /** A road/street with its house number and anything below it (building, unit, room). */
    private static final Pattern STREET = Pattern.compile(
            "[\\p{IsHan}A-Za-z0-9]{1,6}(?:路|街|巷|弄|胡同|大道)[0-9０-９一二三四五六七八九十百零〇-]+号"
                    + "(?:院)?(?:[0-9０-９A-Za-z一二三四五六七八九十-]+(?:号楼|栋|幢|座|楼|单元|层|室|号|户))*");
    /** A residential compound with its building, unit or room. */
    private static final Pattern COMPOUND = Pattern.compile(
            "[\\p{IsHan}A-Za-z0-9]{1,12}(?:小区|花园|公寓|新村|家园|苑|大厦)"
                    + "(?:[0-9０-９A-Za-z一二三四五六七八九十-]+(?:号楼|栋|幢|座|楼|单元|层|室|号|户))+");
    /** Address detail after the township, street office or village: 组, 号, 室 numbers. */
    private static final Pattern VILLAGE_HOUSE = Pattern.compile("(?<=村|社区)[0-9０-９一二三四五六七八九十]+组(?:[0-9０-９]+号)?");
    /** Where an address may be kept down to: the township or street office (RULES §4). */
    private static final Pattern TOWNSHIP = Pattern.compile("^.*?(?:乡|镇|街道|街道办事处)");

    private final PersonalDataGuard guard;

    @org.springframework.beans.factory.annotation.Autowired
    RegisterMasking(CatalogueProperties catalogue) {
        this.guard = new PersonalDataGuard(catalogue.guard().settings());
    }

    RegisterMasking(PersonalDataGuard guard) {
        this.guard = guard;
    }

    /** The text as the register may show it. */
    String mask(String text, Applicant applicant) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String out = text;
        if (applicant != null) {
            out = replace(out, applicant.address(), address(applicant.address()));
            out = replace(out, applicant.email(), email(applicant.email()));
            out = replace(out, applicant.identityNumber(), applicant.type() != null && applicant.type().isOrganisation()
                    ? keep(applicant.identityNumber()) : guard.maskId(applicant.identityNumber()));
            out = replace(out, applicant.phone(), guard.maskMobile(applicant.phone()));
            String name = applicant.name();
            if (name != null && name.strip().codePointCount(0, name.strip().length()) >= 2) {
                out = replace(out, name.strip(), Masks.name(name.strip()));
            }
        }
        out = guard.maskAll(out);
        out = EMAIL.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@" + m.group(2)));
        out = STREET.matcher(out).replaceAll(Matcher.quoteReplacement(HIDDEN_ADDRESS));
        out = COMPOUND.matcher(out).replaceAll(Matcher.quoteReplacement(HIDDEN_ADDRESS));
        out = VILLAGE_HOUSE.matcher(out).replaceAll(Matcher.quoteReplacement(HIDDEN_ADDRESS));
        return out;
    }

    /** An address down to the township or street office, the rest hidden. */
    static String address(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        Matcher m = TOWNSHIP.matcher(address.strip());
        return m.find() && m.end() < address.strip().length() ? m.group() + HIDDEN_ADDRESS : HIDDEN_ADDRESS;
    }

    static String email(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    private static String keep(String code) {
        return code == null || code.length() < 6 ? "***" : code.substring(0, 2) + "*".repeat(code.length() - 5)
                + code.substring(code.length() - 3);
    }

    private static String replace(String text, String value, String masked) {
        if (value == null || value.isBlank() || value.strip().length() < 2) {
            return text;
        }
        return text.replace(value.strip(), masked);
    }
}
