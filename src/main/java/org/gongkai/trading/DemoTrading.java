package org.gongkai.trading;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.common.PersonalData;
import org.gongkai.common.Role;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.organisation.CreditCodes;
import org.gongkai.organisation.DemoCountyLoaded;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.trading.experts.ExpertImport;
import org.gongkai.trading.experts.ExpertInput;
import org.gongkai.trading.experts.ExpertRepository;
import org.gongkai.trading.projects.ProjectImport;
import org.gongkai.trading.projects.ProjectInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's public resource trading (demo mode only, once, when the pool is empty): a pool of generated
 * experts ({@code gongkai.trading.demo.experts}, 200) over a dozen specialties (a few suspended, on leave, employed by a bidder or with declared conflicts, so
 * that draws show every exclusion) and a year of generated projects before the clock's day
 * ({@code gongkai.trading.demo.projects}, 160; the test profile keeps both small), with savings near the
 * seed's figures (works about 3.5%, procurement about 0.7%, land and state assets above the reserve), plus three
 * projects evaluated within two working days, ready for a draw, and their notices published through the catalogue's
 * review ({@code notices.DemoNotices}). Written through the same importers as the API, as the trading centre;
 * deterministic (a fixed seed).
 */
@Component
class DemoTrading {

    static final String CENTRE = "12990101100102389F";
    static final Map<String, String> SPECIALTIES = new java.util.LinkedHashMap<>();

    static {
        SPECIALTIES.put("A01", "房屋建筑工程");
        SPECIALTIES.put("A02", "市政公用工程");
        SPECIALTIES.put("A03", "水利水电工程");
        SPECIALTIES.put("A04", "公路工程");
        SPECIALTIES.put("A05", "工程造价");
        SPECIALTIES.put("B01", "信息化设备及服务");
        SPECIALTIES.put("B02", "医疗设备");
        SPECIALTIES.put("B03", "教学仪器设备");
        SPECIALTIES.put("B04", "物业管理服务");
        SPECIALTIES.put("C01", "土地评估");
        SPECIALTIES.put("C02", "矿产资源");
        SPECIALTIES.put("D01", "资产评估");
    }

    private static final Logger log = LoggerFactory.getLogger(DemoTrading.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    private static final String[] GIVEN = {"建华", "志强", "秀英", "海燕", "国平", "丽娟", "文博", "晓东", "春梅", "永刚",
        "明辉", "雪芳", "德胜", "玉兰", "俊杰", "淑珍"};
    private static final String[] TITLES = {"高级工程师", "正高级工程师", "高级经济师", "注册造价工程师", "副教授", "主任医师"};

    private final GongkaiProperties gongkai;
    private final TradingSettings.Demo size;
    private final UnitDirectory units;
    private final ExpertRepository experts;
    private final ExpertImport expertImport;
    private final ProjectImport projectImport;
    private final org.gongkai.trading.notices.DemoNotices demoNotices;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate requiresNew;

    DemoTrading(GongkaiProperties gongkai, TradingSettings settings, UnitDirectory units, ExpertRepository experts, ExpertImport expertImport,
            ProjectImport projectImport, org.gongkai.trading.notices.DemoNotices demoNotices, AuditLog audit,
            Clock clock, PlatformTransactionManager transactions) {
        this.demoNotices = demoNotices;
        this.gongkai = gongkai;
        this.size = settings.demo();
        this.units = units;
        this.experts = experts;
        this.expertImport = expertImport;
        this.projectImport = projectImport;
        this.audit = audit;
        this.clock = clock;
        this.requiresNew = new TransactionTemplate(transactions);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void onDemoCounty(DemoCountyLoaded loaded) {
        loadIfMissing();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        loadIfMissing();
    }

    synchronized void loadIfMissing() {
        if (!gongkai.demo() || !size.any() || experts.count() > 0) {
            return;
        }
        Long centre = units.findByCreditCode(CENTRE).map(UnitDirectory.UnitView::id).orElse(null);
        if (centre == null) {
            return;
        }
        Actor centreActor = new org.gongkai.common.SystemActor("系统",
                Map.of(centre, Set.of(Role.TRADING_OFFICER, Role.EXPERT_ADMIN)));
        List<String> loaded = new ArrayList<>();
        requiresNew.executeWithoutResult(status -> {
            SPECIALTIES.forEach((code, name) -> experts.addSpecialty(code, name, clock.instant()));
            Random random = new Random(2026);
            List<String> bidders = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                bidders.add(CreditCodes.complete("91990101MA" + String.format("%07d", 1000 + i)));
            }
            int expertCount = expertImport.run(centreActor, experts(random, bidders), IdempotencyKeys.Claim.NONE)
                    .expertIds().size();
            List<String> projectCodes = projectImport.run(centreActor, projects(random, bidders),
                    IdempotencyKeys.Claim.NONE).projectCodes();
            int projectCount = projectCodes.size();
            audit.recordAs("system", "DEMO_TRADING_LOADED", "TradingProject", null, AuditLog.Outcome.SUCCESS,
                    "示例公共资源交易：评标专家 " + expertCount + " 名，交易项目 " + projectCount + " 个");
            loaded.addAll(projectCodes);
            log.info("Loaded the demo trading centre: {} experts, {} projects", expertCount, projectCount);
        });
        // the notices after the pool and the projects are committed, each in a transaction of its own
        log.info("Loaded the demo trading centre's notices: {}", demoNotices.load(centre, loaded));
    }

    private List<ExpertInput> experts(Random random, List<String> bidders) {
        List<String> codes = new ArrayList<>(SPECIALTIES.keySet());
        List<ExpertInput> out = new ArrayList<>();
        LocalDate today = today();
        for (int i = 1; i <= size.experts(); i++) {
            String id = "ZJ-" + String.format("%04d", i);
            List<String> specialties = new ArrayList<>(List.of(codes.get(i % codes.size())));
            if (i % 3 == 0) {
                specialties.add(codes.get((i * 7) % codes.size()));
            }
            String status = i % 41 == 0 ? "SUSPENDED" : i % 37 == 0 ? "ON_LEAVE" : i % 97 == 0 ? "BLACKLISTED" : "ACTIVE";
            String employer = i % 25 == 0 ? bidders.get(i % bidders.size())
                    : CreditCodes.complete("12990101MB" + String.format("%07d", 5000 + i % 40));
            List<ExpertInput.Former> former = i % 29 == 0
                    ? List.of(new ExpertInput.Former(bidders.get((i + 1) % bidders.size()), today.minusMonths(14)))
                    : List.of();
            List<ExpertInput.Conflict> conflicts = i % 31 == 0
                    ? List.of(new ExpertInput.Conflict(bidders.get((i + 2) % bidders.size()), "RELATIVE")) : List.of();
            String birth = String.format("%04d%02d%02d", 1960 + i % 30, 1 + i % 12, 1 + i % 28);
            String first17 = "990101" + birth + String.format("%03d", i % 1000);
            out.add(new ExpertInput(id, SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)],
                    first17 + PersonalData.idNumberCheckCharacter(first17), specialties,
                    TITLES[random.nextInt(TITLES.length)], employer, former, conflicts, status,
                    "ON_LEAVE".equals(status) ? today.minusDays(10) : null,
                    "ON_LEAVE".equals(status) ? today.plusDays(60) : null,
                    "139" + String.format("%08d", 10_000_000 + i), "示例县"));
        }
        return out;
    }

    /** A year of projects before today (with deals) and three ready for a draw. */
    private List<ProjectInput> projects(Random random, List<String> bidders) {
        String[][] buyers = {{"119901011001003591", "房屋建筑"}, {"11990101100100842N", "学校"},
            {"11990101100100914F", "卫生院"}, {"11990101100100981D", "农村公路"}, {"11990101100101052H", "水利"}};
        String finance = "119901011001002878";
        String housing = "119901011001003591";
        String land = "11990101100100420P";
        List<ProjectInput> out = new ArrayList<>();
        LocalDate today = today();
        int year = today.getYear();
        for (int i = 1; i <= size.projects(); i++) {
            String type = i % 8 < 3 ? "WORKS" : i % 8 < 6 ? "PROCUREMENT" : i % 8 == 6 ? "LAND_MINING" : "STATE_ASSETS";
            String[] buyer = buyers[i % buyers.length];
            long budget = (20 + random.nextInt(2_000)) * 1_000_000L; // 20万 – 2,000万 元 in fen
            List<String> bid = pick(random, bidders, 3 + random.nextInt(4));
            LocalDate dealOn = today.minusDays(5 + random.nextInt(360));
            Long reserve = null;
            long deal;
            if ("WORKS".equals(type)) {
                deal = Math.round(budget * (1 - (0.01 + random.nextDouble() * 0.05)));
            } else if ("PROCUREMENT".equals(type)) {
                deal = Math.round(budget * (1 - random.nextDouble() * 0.014));
            } else {
                reserve = budget;
                deal = Math.round(budget * (1 + random.nextDouble() * ("LAND_MINING".equals(type) ? 0.3 : 0.02)));
            }
            String supervisor = "WORKS".equals(type) ? housing : "LAND_MINING".equals(type) ? land : finance;
            String title = switch (type) {
                case "WORKS" -> "示例县" + buyer[1] + "建设工程（" + i + "标段）";
                case "PROCUREMENT" -> "示例县" + buyer[1] + "设备采购项目（" + i + "）";
                case "LAND_MINING" -> "示例县城关镇地块国有建设用地使用权出让（" + i + "号）";
                default -> "示例县国有企业闲置资产转让（" + i + "）";
            };
            String buyerCode = "LAND_MINING".equals(type) ? land : "STATE_ASSETS".equals(type) ? finance : buyer[0];
            out.add(new ProjectInput(String.format("GK-%d-%03d", dealOn.getYear(), i), type, title, buyerCode,
                    supervisor, null, budget, null, reserve, bid, dealOn.minusDays(20).atTime(9, 30).atZone(ZONE)
                    .toInstant(), deal, bid.get(0), dealOn));
        }
        ZonedDateTime soon = nextWorkingMorning();
        out.add(new ProjectInput("GK-" + year + "-901", "PROCUREMENT", "示例县人民医院医疗设备采购项目", "11990101100100914F",
                finance, null, 12_000_000_00L, 11_800_000_00L, null, pick(random, bidders, 5), soon.toInstant(), null,
                null, null));
        out.add(new ProjectInput("GK-" + year + "-902", "WORKS", "示例县城关镇污水管网改造工程", housing, housing, null,
                3_600_000_00L, 3_500_000_00L, null, pick(random, bidders, 6), soon.plusHours(2).toInstant(), null,
                null, null));
        out.add(new ProjectInput("GK-" + year + "-903", "PROCUREMENT", "示例县中小学教学仪器采购项目", "11990101100100842N",
                finance, null, 860_000_00L, null, null, pick(random, bidders, 4), soon.plusHours(5).toInstant(), null,
                null, null));
        return out;
    }

    private static List<String> pick(Random random, List<String> from, int n) {
        List<String> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, n));
    }

    private LocalDate today() {
        return clock.instant().atZone(ZONE).toLocalDate();
    }

    /** 9:30 on the next weekday (the draw window is two working days; a weekday is near enough for the demo). */
    private ZonedDateTime nextWorkingMorning() {
        LocalDate d = today().plusDays(1);
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.plusDays(1);
        }
        return d.atTime(9, 30).atZone(ZONE);
    }
}
