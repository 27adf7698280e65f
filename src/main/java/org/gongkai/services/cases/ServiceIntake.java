package org.gongkai.services.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.commands.CommandContext;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.PersonalData;
import org.gongkai.organisation.CreditCodes;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitType;
import org.gongkai.services.CaseChannel;
import org.gongkai.services.ItemTerms;
import org.gongkai.services.ItemTermsLookup;
import org.gongkai.services.ServiceLevel;
import org.gongkai.services.cases.ServiceCaseCommands.ApplicantInput;
import org.gongkai.services.cases.ServiceCaseCommands.CreateServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.Created;
import org.springframework.stereotype.Component;

/**
 * 收件: checks the input field by field, decides where the case is taken in (the station named, else the officer's
 * unit — the item's own unit when the officer serves there), records the agent for the AGENT channel, numbers the case,
 * draws its query code and stores it with its first ledger event. Run by the {@code CreateServiceCase} command.
 */
@Component
class ServiceIntake {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    private final ItemTermsLookup items;
    private final ServiceCaseRepository repository;
    private final CaseNumbers numbers;
    private final CaseAccess access;
    private final UnitDirectory units;
    private final Clock clock;

    ServiceIntake(ItemTermsLookup items, ServiceCaseRepository repository, CaseNumbers numbers, CaseAccess access,
            UnitDirectory units, Clock clock) {
        this.units = units;
        this.items = items;
        this.repository = repository;
        this.numbers = numbers;
        this.access = access;
        this.clock = clock;
    }

    Created create(CreateServiceCase c, CommandContext context) {
        Actor actor = context.requireActor();
        ItemTerms item = blank(c.itemCode()) ? null : items.byCode(c.itemCode().strip()).orElse(null);
        if (item == null) {
            throw GongkaiException.invalid("itemCode", blank(c.itemCode()) ? "请填写事项编码" : "未找到该事项，或事项尚未发布");
        }
        if (item.promisedUnit() == ClockUnit.WORKING_HOURS) {
            throw GongkaiException.invalid("itemCode", "该事项的承诺时限单位不正确，请联系事项管理员");
        }
        CaseChannel channel = parse(CaseChannel.class, c.channel());
        if (channel == null) {
            throw GongkaiException.invalid("channel", "请选择收件渠道（WINDOW 窗口、ONLINE 网上、AGENT 代办）");
        }
        Applicant applicant = applicant(c.applicant());
        CaseAccess.Scope scope = access.scope(actor);
        ServiceCaseRepository.Station station = station(c.stationCode(), channel, scope);
        long acceptingUnit;
        String agentName = null;
        if (station != null) {
            boolean officerThere = scope.officerUnits().contains(station.unitId());
            boolean agentThere = scope.agentStations().contains(station.id());
            if (!officerThere && !agentThere) {
                throw GongkaiException.invalid("stationCode", "该服务站不在您的管辖范围内");
            }
            if (!officerThere && channel != CaseChannel.AGENT) {
                throw GongkaiException.invalid("channel", "代办员只能以代办渠道（AGENT）收件");
            }
            acceptingUnit = station.unitId();
            if (channel == CaseChannel.AGENT) {
                agentName = agentThere && !officerThere ? actor.displayName() : station.agentName();
                if (blank(agentName)) {
                    throw GongkaiException.invalid("stationCode", "该服务站没有登记代办员，不能以代办渠道收件");
                }
            }
        } else {
            if (scope.officerUnits().isEmpty()) {
                throw GongkaiException.invalid(scope.agentStations().isEmpty() ? "channel" : "stationCode",
                        "代办员收件请填写所在服务站编码");
            }
            acceptingUnit = scope.officerUnits().contains(item.unitId()) ? item.unitId()
                    : Collections.min(scope.officerUnits());
        }
        requireOffered(item, station, acceptingUnit);
        LocalDate today = LocalDate.now(clock);
        String caseNumber = numbers.reserve(today, 1).get(0);
        ServiceCase created = ServiceCase.received(caseNumber, item.id(), item.code(), item.unitId(), acceptingUnit,
                station == null ? null : station.id(), channel, agentName, applicant,
                new ClockTerms(item.kind(), item.promisedUnit(), item.promisedDays()), today, false, clock.instant());
        String queryCode = numbers.newQueryCode();
        repository.insert(created, numbers.queryCodeHash(caseNumber, queryCode), queryCode, actor.username(),
                clock.instant());
        context.publish(new ServiceCaseEvents.ServiceCaseReceived(caseNumber, item.code(), item.unitId(),
                acceptingUnit, created.stationId(), channel, today));
        return new Created(caseNumber, queryCode);
    }

    /**
     * The township accepts, the county decides: a case is taken in only where the item is offered (its offerings), or
     * by the deciding unit itself. A unit without a station counts at the level of its kind (a township government at
     * the township level, a village committee at the village level, any other unit at the county level).
     */
    private void requireOffered(ItemTerms item, ServiceCaseRepository.Station station, long acceptingUnit) {
        if (station == null && acceptingUnit == item.unitId()) {
            return;
        }
        List<ServiceLevel> levels = station != null ? List.of() : repository.stationLevels(acceptingUnit);
        if (station == null && levels.isEmpty()) {
            levels = List.of(levelOfKind(acceptingUnit));
        }
        if (items.offeredAt(item.id(), station == null ? null : station.id(), acceptingUnit, levels)) {
            return;
        }
        List<ServiceLevel> offered = items.offeredLevels(item.id());
        String where = offered.isEmpty() ? "该事项尚未设置受理层级"
                : "该事项在" + String.join("、", offered.stream().map(ServiceLevel::label).toList()) + "受理";
        throw new GongkaiException(ErrorCode.ITEM_NOT_OFFERED_HERE, (station != null ? "该事项不在“" + station.name()
                + "”受理" : "该事项不在本单位受理") + "：" + where + "，请引导申请人到受理该事项的服务中心（站）办理",
                station != null ? "stationCode" : "itemCode");
    }

    private ServiceLevel levelOfKind(long unitId) {
        String type = units.findById(unitId).map(UnitDirectory.UnitView::type).orElse("");
        return UnitType.TOWNSHIP_GOVERNMENT.name().equals(type) ? ServiceLevel.TOWNSHIP
                : UnitType.VILLAGE_COMMITTEE.name().equals(type) ? ServiceLevel.VILLAGE : ServiceLevel.COUNTY;
    }

    /** The station named, or for the AGENT channel the agent's only station; null for none. */
    private ServiceCaseRepository.Station station(String code, CaseChannel channel, CaseAccess.Scope scope) {
        if (!blank(code)) {
            ServiceCaseRepository.Station s = repository.station(code).filter(ServiceCaseRepository.Station::active)
                    .orElseThrow(() -> GongkaiException.invalid("stationCode", "未找到该服务站：" + code.strip()));
            return s;
        }
        if (channel == CaseChannel.AGENT) {
            if (scope.agentStations().size() == 1) {
                return repository.station(scope.agentStations().iterator().next()).orElseThrow();
            }
            throw GongkaiException.invalid("stationCode", "代办收件请填写服务站编码");
        }
        return null;
    }

    private static Applicant applicant(ApplicantInput in) {
        if (in == null) {
            throw GongkaiException.invalid("applicant.type", "请填写申请人信息");
        }
        ApplicantType type = parse(ApplicantType.class, in.type());
        if (type == null) {
            throw GongkaiException.invalid("applicant.type", "请选择申请人类型（PERSON 个人、ORGANISATION 法人或其他组织）");
        }
        if (blank(in.name())) {
            throw GongkaiException.invalid("applicant.name", type == ApplicantType.PERSON ? "请填写申请人姓名" : "请填写单位名称");
        }
        String identity;
        if (type == ApplicantType.PERSON) {
            identity = blank(in.idNumber()) ? "" : in.idNumber().strip().toUpperCase();
            if (identity.isEmpty()) {
                throw GongkaiException.invalid("applicant.idNumber", "请填写身份证号码");
            }
            if (!PersonalData.isPlausibleIdNumber(identity)) {
                throw GongkaiException.invalid("applicant.idNumber", "身份证号码不正确（18位，校验位和出生日期须正确），请核对");
            }
        } else {
            identity = blank(in.creditCode()) ? "" : in.creditCode().strip().toUpperCase();
            CreditCodes.problem(identity).ifPresent(m -> {
                throw GongkaiException.invalid("applicant.creditCode", m);
            });
        }
        String phone = blank(in.phone()) ? null : in.phone().strip();
        if (phone == null) {
            throw GongkaiException.invalid("applicant.phone", "请填写联系电话");
        }
        if (!PersonalData.isMobile(phone) && !LANDLINE.matcher(phone).matches()) {
            throw GongkaiException.invalid("applicant.phone", "联系电话应为11位手机号码，或带区号的固定电话");
        }
        String email = blank(in.email()) ? null : in.email().strip();
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw GongkaiException.invalid("applicant.email", "电子邮箱格式不正确");
        }
        return new Applicant(type, in.name().strip(), identity, phone, email);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
