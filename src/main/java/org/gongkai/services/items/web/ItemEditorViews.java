package org.gongkai.services.items.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.common.Actor;
import org.gongkai.files.AttachmentPolicy;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ItemKind;
import org.gongkai.services.MaterialForm;
import org.gongkai.services.ServiceLevel;
import org.gongkai.services.items.ItemContent;
import org.gongkai.services.items.ItemDiff;
import org.gongkai.services.items.ItemEditing;
import org.gongkai.services.items.ItemTarget;
import org.gongkai.services.items.ServiceItemSettings;
import org.gongkai.services.items.Station;
import org.gongkai.services.items.StationRepository;
import org.gongkai.services.items.TongbanScope;
import org.gongkai.web.FormFields;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the editor pages show besides the form: list rows with unit names, the form from a version, the choices. */
@Component
class ItemEditorViews {

    /** A list row with the unit's name. */
    record Row(ItemEditing.Overview item, String unitName) {}

    private final ItemEditing editing;
    private final UnitDirectory units;
    private final StationRepository stations;
    private final ServiceItemSettings settings;
    private final AttachmentPolicy policy;

    /** What the upload fields say and accept. */
    record FilePolicy(String hint, String accept) {}

    ItemEditorViews(ItemEditing editing, UnitDirectory units, StationRepository stations,
            ServiceItemSettings settings, AttachmentPolicy policy) {
        this.policy = policy;
        this.editing = editing;
        this.units = units;
        this.stations = stations;
        this.settings = settings;
    }

    List<Row> rows(Actor actor, String q) {
        return editing.overview(actor, q).stream().map(o -> new Row(o, unitName(o.unitId()))).toList();
    }

    String unitName(long id) {
        return units.findById(id).map(UnitDirectory.UnitView::name).orElse("—");
    }

    FilePolicy filePolicy() {
        return new FilePolicy(policy.hint(AttachmentPurpose.SERVICE_MATERIAL_FORM),
                AttachmentPurpose.SERVICE_MATERIAL_FORM.accept());
    }

    ItemDiff.Names names() {
        return editing.names();
    }

    /** The form filled from a version's content; {@code version} is the one the editor starts from. */
    ItemForm form(ItemContent c, int version) {
        ItemForm f = new ItemForm();
        f.setName(c.name());
        f.setBasicCode(c.basicCode());
        f.setType(c.type());
        f.setUnitCode(units.findById(c.unitId()).map(UnitDirectory.UnitView::creditCode).orElse(null));
        f.setLevels(new ArrayList<>(c.levels().stream().map(Enum::name).toList()));
        f.setTarget(c.target() == null ? null : c.target().name());
        f.setLegalBasis(c.legalBasis());
        f.setConditions(c.conditions());
        f.setSteps(c.steps());
        f.setPlace(c.place());
        f.setHours(c.hours());
        f.setConsultPhone(c.consultPhone());
        f.setComplaintPhone(c.complaintPhone());
        if (c.statutoryLimit() != null) {
            f.setStatutoryDays(String.valueOf(c.statutoryLimit().days()));
            f.setStatutoryUnit(c.statutoryLimit().unit().name());
        }
        if (c.promisedLimit() != null) {
            f.setPromisedDays(String.valueOf(c.promisedLimit().days()));
            f.setPromisedUnit(c.promisedLimit().unit().name());
        }
        f.setKind(c.kind() == null ? null : c.kind().name());
        if (c.fees() != null) {
            f.setFeesCharged(c.fees().charged());
            f.setFeesBasis(c.fees().basis());
            f.setFeesStandard(c.fees().standard());
            f.setFeesOnlinePayment(c.fees().onlinePayment());
        }
        if (c.result() != null) {
            f.setResultName(c.result().name());
            f.setResultType(c.result().type());
        }
        f.setDelivery(c.delivery());
        f.setOnlineDepth(String.valueOf(c.onlineDepth()));
        f.setVisits(String.valueOf(c.visits()));
        f.setBookable(c.bookable());
        f.setTongbanScope(c.tongbanScope() == null ? null : c.tongbanScope().name());
        f.setLifeEvents(new ArrayList<>(c.lifeEvents()));
        f.setStationCodes(c.offerings().stream().filter(o -> o.stationId() != null)
                .map(o -> stations.findById(o.stationId()).map(Station::code).orElse(""))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("，")));
        List<ItemForm.MaterialRow> rows = new ArrayList<>();
        for (ItemContent.Material m : c.materials()) {
            ItemForm.MaterialRow r = new ItemForm.MaterialRow();
            r.setName(m.name());
            r.setSource(m.source());
            r.setForm(m.form() == null ? null : m.form().name());
            r.setRequired(m.required());
            r.setCopies(String.valueOf(m.copies()));
            r.setNotes(m.notes());
            rows.add(r);
        }
        f.setMaterials(rows);
        f.setBaseVersion(version);
        return f;
    }

    /** The choices of the form's selects and check boxes. */
    void choices(Actor actor, Model model) {
        List<FormFields.Option> unitChoices = editing.editableUnits(actor).stream().map(units::findById)
                .flatMap(java.util.Optional::stream).filter(u -> !u.isExternalIssuer())
                .sorted(Comparator.comparing(UnitDirectory.UnitView::name))
                .map(u -> new FormFields.Option(u.creditCode(), u.name())).toList();
        model.addAttribute("unitChoices", unitChoices);
        model.addAttribute("typeChoices", settings.typeNames());
        model.addAttribute("levelChoices", ServiceLevel.values());
        model.addAttribute("targetChoices", ItemTarget.values());
        model.addAttribute("clockUnitChoices", List.of(new FormFields.Option(ClockUnit.WORKING_DAYS.name(), "工作日"),
                new FormFields.Option(ClockUnit.CALENDAR_DAYS.name(), "自然日")));
        model.addAttribute("kindChoices", ItemKind.values());
        model.addAttribute("formChoices", MaterialForm.values());
        model.addAttribute("depthChoices", List.of(new FormFields.Option("1", "Ⅰ级"), new FormFields.Option("2", "Ⅱ级"),
                new FormFields.Option("3", "Ⅲ级"), new FormFields.Option("4", "Ⅳ级（全程网办）")));
        model.addAttribute("visitChoices", List.of(new FormFields.Option("0", "0 次"), new FormFields.Option("1", "1 次"),
                new FormFields.Option("2", "2 次"), new FormFields.Option("3", "3 次")));
        model.addAttribute("tongbanChoices", TongbanScope.values());
        model.addAttribute("lifeEventChoices", settings.lifeEvents());
    }
}
