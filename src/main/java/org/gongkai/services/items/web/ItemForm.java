package org.gongkai.services.items.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.services.items.ItemCheck;
import org.gongkai.services.items.ItemCommands;

/**
 * The item editor's form: every element of the guide (RULES §5) as flat fields, the materials as rows. It becomes the
 * JSON object of an import line ({@link #toLine}), so the editor's input is read and checked by exactly the code that
 * reads an import; the reader's problems come back by member name and are shown at the field ({@link #fieldOf}).
 * Numbers are kept as typed (text) so a wrong one is shown again as it was.
 */
public class ItemForm {

    /** One material row; a row left entirely blank is not a material. */
    public static class MaterialRow {
        @Size(max = ItemCheck.NAME_MAX) private String name;
        @Size(max = ItemCheck.SOURCE_MAX) private String source;
        private String form = "ORIGINAL";
        private boolean required = true;
        @Size(max = 2) private String copies = "1";
        @Size(max = ItemCheck.NOTES_MAX) private String notes;

        boolean blank() {
            return isBlank(name) && isBlank(source) && isBlank(notes);
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getSource() { return source; }
        public void setSource(String v) { source = v; }
        public String getForm() { return form; }
        public void setForm(String v) { form = v; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean v) { required = v; }
        public String getCopies() { return copies; }
        public void setCopies(String v) { copies = v; }
        public String getNotes() { return notes; }
        public void setNotes(String v) { notes = v; }
    }

    @NotBlank @Size(max = ItemCheck.NAME_MAX) private String name;
    @Size(max = ItemCheck.CODE_MAX) private String basicCode;
    @NotBlank private String type;
    @NotBlank @Size(max = 40) private String unitCode;
    private List<String> levels = new ArrayList<>();
    @NotBlank private String target;
    @Size(max = ItemCheck.TEXT_MAX) private String legalBasis;
    @Size(max = ItemCheck.TEXT_MAX) private String conditions;
    @Size(max = ItemCheck.TEXT_MAX) private String steps;
    @Size(max = ItemCheck.PLACE_MAX) private String place;
    @Size(max = ItemCheck.HOURS_MAX) private String hours;
    @Size(max = ItemCheck.PHONE_MAX) private String consultPhone;
    @Size(max = ItemCheck.PHONE_MAX) private String complaintPhone;
    @Size(max = 3) private String statutoryDays;
    private String statutoryUnit = "WORKING_DAYS";
    @Size(max = 3) private String promisedDays;
    private String promisedUnit = "WORKING_DAYS";
    @NotBlank private String kind;
    private boolean feesCharged;
    @Size(max = ItemCheck.FEE_TEXT_MAX) private String feesBasis;
    @Size(max = ItemCheck.FEE_TEXT_MAX) private String feesStandard;
    private boolean feesOnlinePayment;
    @Size(max = ItemCheck.NAME_MAX) private String resultName;
    @Size(max = ItemCheck.RESULT_TYPE_MAX) private String resultType;
    @Size(max = ItemCheck.DELIVERY_MAX) private String delivery;
    private String onlineDepth;
    private String visits;
    private boolean bookable;
    private String tongbanScope;
    private List<String> lifeEvents = new ArrayList<>();
    @Size(max = 2000) private String stationCodes;
    @Size(max = ItemCommands.NOTE_MAX) private String note;
    private Integer baseVersion;
    @Valid private List<MaterialRow> materials = new ArrayList<>();

    /** The form as an import line's JSON members (blank values left out, so the reader says what is missing). */
    public Map<String, Object> toLine() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", name);
        put(m, "basicCode", basicCode);
        put(m, "type", type);
        put(m, "unitCode", unitCode);
        m.put("levels", levels == null ? List.of() : levels);
        put(m, "target", target);
        put(m, "legalBasis", legalBasis);
        put(m, "conditions", conditions);
        put(m, "steps", steps);
        put(m, "place", place);
        put(m, "hours", hours);
        Map<String, Object> phones = new LinkedHashMap<>();
        put(phones, "consult", consultPhone);
        put(phones, "complaint", complaintPhone);
        m.put("phones", phones);
        m.put("statutoryLimit", limit(statutoryDays, statutoryUnit));
        if (!("IMMEDIATE".equals(kind) && isBlank(promisedDays))) {
            m.put("promisedLimit", limit(promisedDays, promisedUnit));
        }
        put(m, "kind", kind);
        Map<String, Object> fees = new LinkedHashMap<>();
        fees.put("charged", feesCharged);
        put(fees, "basis", feesBasis);
        put(fees, "standard", feesStandard);
        fees.put("onlinePayment", feesOnlinePayment);
        m.put("fees", fees);
        if (!isBlank(resultName) || !isBlank(resultType)) {
            Map<String, Object> result = new LinkedHashMap<>();
            put(result, "name", resultName);
            put(result, "type", resultType);
            m.put("result", result);
        }
        put(m, "delivery", delivery);
        put(m, "onlineDepth", onlineDepth);
        put(m, "visits", visits);
        m.put("bookable", bookable);
        put(m, "tongbanScope", tongbanScope);
        m.put("lifeEvents", lifeEvents == null ? List.of() : lifeEvents);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MaterialRow r : materials == null ? List.<MaterialRow>of() : materials) {
            if (r == null || r.blank()) {
                continue;
            }
            Map<String, Object> x = new LinkedHashMap<>();
            put(x, "name", r.name);
            put(x, "source", r.source);
            put(x, "form", r.form);
            x.put("required", r.required);
            put(x, "copies", r.copies);
            put(x, "notes", r.notes);
            rows.add(x);
        }
        m.put("materials", rows);
        List<Map<String, Object>> offerings = new ArrayList<>();
        if (!isBlank(stationCodes)) {
            for (String code : stationCodes.split("[\\s,，;；、]+")) {
                if (!code.isBlank()) {
                    offerings.add(Map.of("stationCode", code));
                }
            }
        }
        m.put("offerings", offerings);
        return m;
    }

    /** The form field where a problem reported at an import member is shown; null = the form as a whole. */
    public static String fieldOf(String member) {
        return switch (member == null ? "" : member) {
            case "name", "basicCode", "type", "unitCode", "levels", "target", "legalBasis", "conditions", "steps",
                    "place", "hours", "kind", "delivery", "onlineDepth", "visits", "tongbanScope", "lifeEvents" -> member;
            case "phones" -> "consultPhone";
            case "statutoryLimit" -> "statutoryDays";
            case "promisedLimit" -> "promisedDays";
            case "fees" -> "feesStandard";
            case "result" -> "resultName";
            case "offerings" -> "stationCodes";
            default -> null;
        };
    }

    /**
     * The form field of a problem with this message at the import member {@code member}: a material's problem ("第3项材料…")
     * goes to the name of that material's row (blank rows are not materials), other problems as {@link #fieldOf}.
     */
    public String fieldOf(String member, String message) {
        if (!"materials".equals(member)) {
            return fieldOf(member);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^第(\\d{1,3})项材料").matcher(message);
        int wanted = m.find() ? Integer.parseInt(m.group(1)) : 1;
        int seen = 0;
        for (int i = 0; materials != null && i < materials.size(); i++) {
            if (materials.get(i) != null && !materials.get(i).blank() && ++seen == wanted) {
                return "materials[" + i + "].name";
            }
        }
        return materials == null || materials.isEmpty() ? null : "materials[0].name";
    }

    /** Pads the material rows with blank ones to fill in. */
    public void addBlankMaterials(int count) {
        for (int i = 0; i < count; i++) {
            materials.add(new MaterialRow());
        }
    }

    private static Map<String, Object> limit(String days, String unit) {
        Map<String, Object> l = new LinkedHashMap<>();
        put(l, "days", days);
        put(l, "unit", unit);
        return l;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (!isBlank(value)) {
            m.put(key, value.strip());
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getBasicCode() { return basicCode; }
    public void setBasicCode(String v) { basicCode = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String v) { unitCode = v; }
    public List<String> getLevels() { return levels; }
    public void setLevels(List<String> v) { levels = v; }
    public String getTarget() { return target; }
    public void setTarget(String v) { target = v; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String v) { legalBasis = v; }
    public String getConditions() { return conditions; }
    public void setConditions(String v) { conditions = v; }
    public String getSteps() { return steps; }
    public void setSteps(String v) { steps = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getHours() { return hours; }
    public void setHours(String v) { hours = v; }
    public String getConsultPhone() { return consultPhone; }
    public void setConsultPhone(String v) { consultPhone = v; }
    public String getComplaintPhone() { return complaintPhone; }
    public void setComplaintPhone(String v) { complaintPhone = v; }
    public String getStatutoryDays() { return statutoryDays; }
    public void setStatutoryDays(String v) { statutoryDays = v; }
    public String getStatutoryUnit() { return statutoryUnit; }
    public void setStatutoryUnit(String v) { statutoryUnit = v; }
    public String getPromisedDays() { return promisedDays; }
    public void setPromisedDays(String v) { promisedDays = v; }
    public String getPromisedUnit() { return promisedUnit; }
    public void setPromisedUnit(String v) { promisedUnit = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public boolean isFeesCharged() { return feesCharged; }
    public void setFeesCharged(boolean v) { feesCharged = v; }
    public String getFeesBasis() { return feesBasis; }
    public void setFeesBasis(String v) { feesBasis = v; }
    public String getFeesStandard() { return feesStandard; }
    public void setFeesStandard(String v) { feesStandard = v; }
    public boolean isFeesOnlinePayment() { return feesOnlinePayment; }
    public void setFeesOnlinePayment(boolean v) { feesOnlinePayment = v; }
    public String getResultName() { return resultName; }
    public void setResultName(String v) { resultName = v; }
    public String getResultType() { return resultType; }
    public void setResultType(String v) { resultType = v; }
    public String getDelivery() { return delivery; }
    public void setDelivery(String v) { delivery = v; }
    public String getOnlineDepth() { return onlineDepth; }
    public void setOnlineDepth(String v) { onlineDepth = v; }
    public String getVisits() { return visits; }
    public void setVisits(String v) { visits = v; }
    public boolean isBookable() { return bookable; }
    public void setBookable(boolean v) { bookable = v; }
    public String getTongbanScope() { return tongbanScope; }
    public void setTongbanScope(String v) { tongbanScope = v; }
    public List<String> getLifeEvents() { return lifeEvents; }
    public void setLifeEvents(List<String> v) { lifeEvents = v; }
    public String getStationCodes() { return stationCodes; }
    public void setStationCodes(String v) { stationCodes = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public Integer getBaseVersion() { return baseVersion; }
    public void setBaseVersion(Integer v) { baseVersion = v; }
    public List<MaterialRow> getMaterials() { return materials; }
    public void setMaterials(List<MaterialRow> v) { materials = v; }
}
