package org.gongkai.organisation;

import static org.gongkai.organisation.Texts.optionalText;

import org.gongkai.common.GongkaiException;

/**
 * What a unit's letters need beyond the disclosure office's address and phone (#10), as the system administrator
 * enters it on the unit form. Blank values mean "none" for the contact and the 文号 prefix, and "derived" for
 * the reconsideration body and the court (see {@link UnitDirectory#letterDetails}).
 *
 * @param contactPerson        the contact named in letters, e.g. 李四
 * @param letterNumberPrefix   the 机关代字 of the unit's letters, e.g. 示自然资依复 (文号 示自然资依复〔2026〕12号)
 * @param reconsiderationBody  the 行政复议机关 when not the derived one (e.g. a vertically managed department's
 *                             superior department)
 * @param litigationCourt      the 人民法院 for an administrative lawsuit when not the derived one
 */
public record UnitLetterSettings(String contactPerson, String letterNumberPrefix, String reconsiderationBody,
        String litigationCourt) {

    public static final int CONTACT_MAX = 50;
    public static final int PREFIX_MAX = 30;
    public static final int BODY_MAX = 200;

    public static final UnitLetterSettings NONE = new UnitLetterSettings(null, null, null, null);

    /** Trimmed, blanks as null, each within its maximum (refusals at the field, in Chinese). */
    UnitLetterSettings checked() {
        String prefix = optionalText(letterNumberPrefix, "letterNumberPrefix", PREFIX_MAX);
        if (prefix != null && !prefix.matches("[\\p{IsHan}A-Za-z0-9]+")) {
            throw GongkaiException.invalid("letterNumberPrefix", "文号代字只能包含汉字、字母和数字，例如“示自然资依复”");
        }
        return new UnitLetterSettings(optionalText(contactPerson, "contactPerson", CONTACT_MAX), prefix,
                optionalText(reconsiderationBody, "reconsiderationBody", BODY_MAX),
                optionalText(litigationCourt, "litigationCourt", BODY_MAX));
    }
}
