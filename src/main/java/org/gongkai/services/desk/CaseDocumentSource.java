package org.gongkai.services.desk;

import java.util.List;
import java.util.Optional;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.LetterDetails;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.services.ItemKind;
import org.gongkai.services.ItemTerms;
import org.gongkai.services.ItemTermsLookup;
import org.gongkai.services.desk.CaseDocumentViews.Issuer;
import org.gongkai.services.desk.CaseDocumentViews.MaterialLine;
import org.gongkai.services.desk.CaseDocumentViews.Notice;
import org.gongkai.services.desk.CaseDocumentViews.Receipt;
import org.gongkai.services.desk.CaseDocumentViews.Refusal;
import org.gongkai.services.desk.DeskCases.CaseHeader;
import org.gongkai.web.SiteAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the document views of a case for staff in its scope (others: not found): the receipt at any time, the refusal
 * notice of a refused case and the one-time notice of a check with missing materials (otherwise 409). The receipt
 * prints the query code when it is stored encrypted, so a reprint at the window still carries it.
 */
@Component
public class CaseDocumentSource {

    /** Where the public status page is. */
    public static final String STATUS_PATH = "/services/cases";

    private final DeskCases cases;
    private final CaseMaterials materials;
    private final ItemTermsLookup items;
    private final UnitDirectory units;
    private final FieldCipher cipher;
    private final SiteAddress site;
    private final JdbcClient jdbc;

    CaseDocumentSource(DeskCases cases, CaseMaterials materials, ItemTermsLookup items, UnitDirectory units,
            FieldCipher cipher, SiteAddress site, JdbcClient jdbc) {
        this.cases = cases;
        this.materials = materials;
        this.items = items;
        this.units = units;
        this.cipher = cipher;
        this.site = site;
        this.jdbc = jdbc;
    }

    public Receipt receipt(Actor actor, String caseNumber) {
        return receipt(cases.require(actor, caseNumber), true);
    }

    /** The receipt of a case (with the query code printed only when {@code withCode}). */
    public Receipt receipt(CaseHeader c, boolean withCode) {
        ItemTerms item = item(c);
        List<MaterialLine> lines = materials.of(c.id(), item).map(CaseMaterials.Check::lines).orElse(List.of());
        Station station = station(c.stationId()).orElse(null);
        return new Receipt(c.caseNumber(), withCode ? queryCode(c.id()) : null, "已发送至申请人预留的手机或电子邮箱",
                item.code(), item.name(), c.applicantName(), DeskTexts.channel(c.channel()),
                station == null ? null : station.name(), c.agentName(), c.receivedOn(), c.acceptedOn(),
                ItemKind.valueOf(c.kind()), c.limitDays(), ClockUnit.valueOf(c.clockUnit()), c.dueOn(), lines,
                site.absolute(STATUS_PATH), issuer(c.acceptingUnitId(), station));
    }

    public Refusal refusal(Actor actor, String caseNumber) {
        CaseHeader c = cases.require(actor, caseNumber);
        if (!"REFUSED".equals(c.status())) {
            throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED, "本办件没有不予受理决定，当前状态："
                    + DeskTexts.status(c.status()));
        }
        return new Refusal(c.caseNumber(), item(c).name(), c.applicantName(), c.receivedOn(), c.refusedOn(),
                c.refusalReason(), c.refusalBasis(), issuer(c.unitId(), station(c.stationId()).orElse(null)));
    }

    public Notice notice(Actor actor, String caseNumber) {
        CaseHeader c = cases.require(actor, caseNumber);
        ItemTerms item = item(c);
        CaseMaterials.Check check = materials.of(c.id(), item).filter(x -> !x.missing().isEmpty())
                .orElseThrow(() -> new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED,
                        "本办件的材料核验没有缺少的材料，无需出具一次性告知书"));
        return new Notice(c.caseNumber(), item.name(), c.applicantName(), c.receivedOn(), check.checkedOn(),
                check.missing(), null, issuer(c.acceptingUnitId(), station(c.stationId()).orElse(null)));
    }

    private ItemTerms item(CaseHeader c) {
        return items.byId(c.itemId()).orElseThrow(GongkaiException::notFound);
    }

    private String queryCode(long caseId) {
        String stored = jdbc.sql("SELECT query_code_enc FROM services_case WHERE id = ?").param(caseId)
                .query(String.class).optional().orElse(null);
        return stored == null ? null : cipher.decrypt(stored);
    }

    /** The unit that issues the document, reached at the station when the case came in there. */
    private Issuer issuer(long unitId, Station station) {
        Optional<UnitView> unit = units.findById(unitId);
        LetterDetails letter = units.letterDetails(unitId).orElse(null);
        String name = unit.map(UnitView::name).orElse("");
        String place = station != null && station.address() != null ? station.address()
                : unit.map(UnitView::officeAddress).orElse(null);
        String phone = station != null && station.phone() != null ? station.phone()
                : unit.map(UnitView::officePhone).orElse(null);
        return new Issuer(name, place, phone, letter == null ? null : letter.reconsiderationBody(),
                letter == null ? null : letter.litigationCourt());
    }

    record Station(String code, String name, String address, String phone) {}

    Optional<Station> station(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT code, name, address, phone FROM services_station WHERE id = ?").param(id)
                .query((rs, n) -> new Station(rs.getString("code"), rs.getString("name"), rs.getString("address"),
                        rs.getString("phone")))
                .optional();
    }
}
