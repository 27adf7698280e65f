package org.gongkai.services.desk;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.services.ItemKind;
import org.gongkai.services.MaterialForm;

/**
 * What the case documents print, as plain values: the receipt (受理通知书, or 收件凭证 before acceptance), the refusal
 * notice (不予受理通知书) and the one-time notice (一次性告知书). Built from a case by {@link CaseDocumentSource}; written
 * by {@link CaseDocuments}. Names of people are given as they should be printed (the applicant's own document shows
 * the name in full; nothing else personal is printed).
 */
public final class CaseDocumentViews {

    private CaseDocumentViews() {}

    /** One material of the item's list as checked at intake. */
    public record MaterialLine(String name, MaterialForm form, int copies, boolean required, boolean provided,
            String note) {

        public MaterialLine {
            if (name == null || name.isBlank() || form == null) {
                throw new IllegalArgumentException("name and form are required");
            }
        }

        /** 原件 / 复印件 / 原件和复印件, with the number of copies. */
        public String formText() {
            return form.label() + " " + copies + " 份";
        }
    }

    /** The issuing unit and where to reach it; the remedies name the reconsideration body and the court. */
    public record Issuer(String unitName, String place, String phone, String reconsiderationBody,
            String litigationCourt) {}

    /**
     * The receipt. {@code queryCode} is printed only on the receipt handed over at intake (it is not stored in clear);
     * later copies print {@code queryCodeHint} instead (where the code was sent).
     */
    public record Receipt(String caseNumber, String queryCode, String queryCodeHint, String itemCode, String itemName,
            String applicantName, String channel, String stationName, String agentName, LocalDate receivedOn,
            LocalDate acceptedOn, ItemKind kind, int limitDays, ClockUnit clockUnit, LocalDate dueOn,
            List<MaterialLine> materials, String statusAddress, Issuer issuer) {

        public Receipt {
            materials = List.copyOf(materials);
        }

        public boolean accepted() {
            return acceptedOn != null;
        }
    }

    /** The refusal notice: why (reason and legal basis) and the remedies. */
    public record Refusal(String caseNumber, String itemName, String applicantName, LocalDate receivedOn,
            LocalDate refusedOn, String reason, String basis, Issuer issuer) {}

    /** The one-time notice: everything missing at once. */
    public record Notice(String caseNumber, String itemName, String applicantName, LocalDate receivedOn,
            LocalDate notifiedOn, List<MaterialLine> missing, String note, Issuer issuer) {

        public Notice {
            missing = List.copyOf(missing);
        }
    }
}
