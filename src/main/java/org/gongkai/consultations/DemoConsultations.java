package org.gongkai.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.catalogue.AfterDemoCatalogue;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.common.Role;
import org.gongkai.common.SystemActor;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.consultations.ConsultationCommands.ApproveConsultationFeedback;
import org.gongkai.consultations.ConsultationCommands.DecideConsultationGroup;
import org.gongkai.consultations.ConsultationCommands.GenerateConsultationFeedback;
import org.gongkai.consultations.ConsultationCommands.ModerateConsultationComment;
import org.gongkai.consultations.ConsultationCommands.PublishConsultationFeedback;
import org.gongkai.consultations.ConsultationCommands.SaveConsultation;
import org.gongkai.consultations.ConsultationCommands.ScheduleConsultation;
import org.gongkai.consultations.ConsultationCommands.SubmitConsultationComment;
import org.gongkai.organisation.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo county's consultations (demo mode, once, when there are none, after the demo catalogue): one open now and
 * closing in 30 days with a few comments (two published), through the same commands as the staff API; and one closed
 * 45 days ago — its past period and comments written as history (the sweep would have opened and closed it), then
 * moderated, decided, its feedback report generated, approved and published through the commands (the demo catalogue
 * has no final document of that draft, so none is linked).
 */
@Component
class DemoConsultations extends AfterDemoCatalogue {

    private static final Logger log = LoggerFactory.getLogger(DemoConsultations.class);
    static final String OFFICE = "11990101100100148H";
    static final String OPEN_TITLE = "示例县养犬管理办法（征求意见稿）";
    static final String CLOSED_TITLE = "示例县城区停车管理办法（征求意见稿）";

    private final GongkaiProperties gongkai;
    private final ConsultationRepository repository;
    private final CommandDispatcher commands;
    private final UnitDirectory units;
    private final FieldCipher cipher;
    private final Clock clock;

    DemoConsultations(GongkaiProperties gongkai, ConsultationRepository repository, CommandDispatcher commands,
            UnitDirectory units, FieldCipher cipher, Clock clock,
            PlatformTransactionManager tx) {
        super(tx);
        this.gongkai = gongkai;
        this.repository = repository;
        this.commands = commands;
        this.units = units;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    protected synchronized void loadIfEmpty() {
        Long office = units.findByCreditCode(OFFICE).map(UnitDirectory.UnitView::id).orElse(null);
        if (!gongkai.demo() || office == null || repository.count() > 0) {
            return;
        }
        Actor actor = new SystemActor("示例征求意见", Map.of(office, Set.of(Role.EDITOR, Role.LEADER)));
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        try {
            each.executeWithoutResult(status -> open(actor, office, today));
            each.executeWithoutResult(status -> closed(actor, office, today));
            log.info("Loaded the demo consultations: one open, one closed with its feedback");
        } catch (GongkaiException refused) {
            log.warn("Demo consultations not written: {}", refused.getMessage());
        }
    }

    private void open(Actor actor, long office, LocalDate today) {
        long id = commands.dispatchAs(actor, new SaveConsultation(null, office, OPEN_TITLE, """
                第一条 为了规范养犬行为，保障公民健康和人身安全，维护市容环境和社会秩序，制定本办法。
                第二条 本办法适用于本县城区范围内的养犬及相关管理活动。
                第三条 个人养犬应当办理养犬登记，每户限养一只。
                第四条 携犬出户时，应当为犬只束犬链，由成年人牵领，并主动避让行人。
                第五条 禁止携犬进入学校、医院、商场、公园等公共场所。
                第六条 违反本办法的，由城市管理部门依法处理。
                第七条 本办法自公布之日起施行。""", null, """
                一、起草背景：近年来城区养犬数量增加，犬只扰民、伤人事件时有发生，群众反映较多。
                二、起草过程：县政府办公室会同公安、城管、农业农村等部门调研起草，听取了社区和养犬人代表意见。
                三、主要内容：明确登记、限养、文明养犬和禁入场所等规定。""", true, today.toString(),
                today.plusDays(30).toString(), null, "zhengqiu@shixian.example", "示例县人民大道2号 县政府办公室（邮编 999001）"));
        commands.dispatchAs(actor, new ScheduleConsultation(id));
        long a = commands.dispatchAsSystem(new SubmitConsultationComment(id, "张明", "13800001234", "第三条",
                "建议把每户限养一只改为每户限养两只，对已登记的犬只给予过渡期。"));
        long b = commands.dispatchAsSystem(new SubmitConsultationComment(id, null, "reader@example.com", "第五条",
                "公园可以划出专门的遛犬区域，不宜一律禁止。"));
        commands.dispatchAsSystem(new SubmitConsultationComment(id, "李华", "0123-6100999", null,
                "支持出台办法，建议加强宣传。"));
        commands.dispatchAs(actor, new ModerateConsultationComment(id, a, "PUBLISH", null));
        commands.dispatchAs(actor, new ModerateConsultationComment(id, b, "PUBLISH", null));
    }

    private void closed(Actor actor, long office, LocalDate today) {
        LocalDate opens = today.minusDays(75);
        LocalDate closes = today.minusDays(45);
        SaveConsultation draft = new SaveConsultation(null, office, CLOSED_TITLE, """
                第一条 为了规范城区机动车停放秩序，制定本办法。
                第二条 城区道路停车泊位由公安交通管理部门会同城市管理部门设置。
                第三条 道路停车泊位实行分时段收费，收费标准由价格主管部门核定。
                第四条 机关、企事业单位停车场应当在节假日向社会开放。
                第五条 本办法自公布之日起施行。""", null, """
                为缓解城区停车难，县政府办公室会同有关部门起草了本办法。""", true, opens.toString(),
                closes.toString(), null, "zhengqiu@shixian.example", null);
        long id = repository.insert(draft, opens, closes, ConsultationStatus.CLOSED,
                opens.minusDays(1).atTime(9, 0).atZone(TimeConfiguration.ZONE).toInstant());
        event(id, "SCHEDULED", opens.minusDays(1), opens + " 至 " + closes);
        event(id, "OPENED", opens, null);
        record Past(String name, String contact, String article, String text) {}
        List<Past> past = List.of(
                new Past("王强", "13900005678", "第三条", "建议前 15 分钟免费停车。"),
                new Past(null, "parking@example.com", "第三条", "收费时段应避开夜间，方便居民。"),
                new Past("赵敏", "13700002222", "第四条", "单位停车场开放要明确安全责任。"),
                new Past(null, "0123-6100888", null, "这是广告：代办停车月卡，联系 13600001111。"));
        for (int i = 0; i < past.size(); i++) {
            Past p = past.get(i);
            repository.insertComment(id, opens.plusDays(3 + i * 5).atTime(LocalTime.of(10, 0))
                    .atZone(TimeConfiguration.ZONE).toInstant(), p.name(), cipher.encrypt(p.contact()), p.article(),
                    p.article() == null ? "总体意见" : p.article(), p.text());
        }
        event(id, "CLOSED", closes, "共收到意见 " + past.size() + " 条");
        List<Consultation.Comment> comments = repository.comments(id, null);
        for (Consultation.Comment c : comments) {
            boolean advert = c.text().startsWith("这是广告");
            commands.dispatchAs(actor, new ModerateConsultationComment(id, c.id(), advert ? "HIDE" : "PUBLISH",
                    advert ? "与草案无关的广告" : null));
        }
        commands.dispatchAs(actor, new DecideConsultationGroup(id, "第三条", "PARTLY_ADOPTED",
                "增加“首 15 分钟免费”的规定；夜间收费时段由价格主管部门核定时统筹考虑。"));
        commands.dispatchAs(actor, new DecideConsultationGroup(id, "第四条", "ADOPTED", "增加一款：开放期间的安全管理责任由双方约定。"));
        commands.dispatchAs(actor, new DecideConsultationGroup(id, "总体意见", "NOT_ADOPTED", "与草案内容无关。"));
        commands.dispatchAs(actor, new GenerateConsultationFeedback(id, "感谢社会各界对本办法的关心和支持。"));
        commands.dispatchAs(actor, new ApproveConsultationFeedback(id));
        commands.dispatchAs(actor, new PublishConsultationFeedback(id));
    }

    private void event(long id, String type, LocalDate on, String detail) {
        repository.event(id, type, on, on.atTime(0, 5).atZone(TimeConfiguration.ZONE).toInstant(), detail);
    }
}
