package org.gongkai.catalogue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.audit.AuditLog;
import org.gongkai.imports.ImportFormat;
import org.gongkai.imports.ImportReport;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.organisation.DemoCountyLoaded;
import org.gongkai.organisation.ExternalIssuers;
import org.gongkai.organisation.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Demo content (when {@code gongkai.demo} and the catalogue is empty, once the demo county exists): the county's own
 * documents written for the demo ({@code county.jsonl}) — the heart of the portal: notices, a budget, 公示 lists with
 * masked personal data, interpretations linked to their policies, a repealed policy with its replacement, the 宅基地
 * rules — plus about 300 real laws and regulations from {@code catalogue/demo/laws.jsonl} (LawRefBook/Laws, see the
 * NOTICE there) in the 法律法规 column, each published under its real issuing body ({@link LawIssuers}), an external
 * issuer created for it (issue #10); also a late draft and a submitted draft with a finding, so the console queues
 * are not empty.
 */
@Component
class DemoCatalogue {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Title keywords → topic. First match wins. */
    private static final List<String[]> RULES = List.of(
            new String[] {"医疗保障|医保", "劳动、人事、监察\\社会保障"},
            new String[] {"教育|学校|教师|学位|幼儿", "科技、教育\\教育"},
            new String[] {"环境|污染|生态|大气|噪声|固体废物|排污", "城乡建设、环境保护\\环境监测、保护与治理"},
            new String[] {"食品|药品|医疗器械|化妆品|产品质量|计量|标准化|特种设备|消费者|价格|广告|商标|市场主体|公司登记", "市场监管、安全生产监管\\食品药品监管"},
            new String[] {"安全生产|消防|应急|突发|灾害|地震|防汛|危险化学品|烟花", "综合政务\\应急管理"},
            new String[] {"土地|矿产|矿山|测绘|不动产|地质|国土", "国土资源、能源\\土地"},
            new String[] {"森林|林业|草原|野生|湿地|自然保护区", "农业、林业、水利\\林业"},
            new String[] {"水利|河道|防洪|水土|取水|河湖|水库|水资源|水法", "农业、林业、水利\\水利"},
            new String[] {"农|种子|畜|渔|兽|植物|粮食|村民", "农业、林业、水利\\农业、畜牧业、渔业"},
            new String[] {"公路|道路运输|运输|航道|港口|船舶|铁路|民用航空|交通", "工业、交通\\公路"},
            new String[] {"社会保险|劳动|就业|工伤|养老|工资|职业|人力资源", "劳动、人事、监察\\劳动就业"},
            new String[] {"医|卫生|传染病|疫苗|母婴|献血|精神|中医|护士|疾病", "卫生、体育\\卫生"},
            new String[] {"城市|建筑|住房|物业|城乡规划|房屋|燃气|供水|市容|市政", "城乡建设、环境保护\\城乡建设（含住房）"},
            new String[] {"统计|普查", "国民经济管理、国有资产监管\\统计"},
            new String[] {"审计", "财政、金融、审计\\审计"},
            new String[] {"档案", "综合政务\\文秘工作"},
            new String[] {"财政|预算|税|会计|采购|国有资产|彩票|票据", "财政、金融、审计\\财政"},
            new String[] {"民政|救助|婚姻|殡葬|慈善|社会组织|地名|社会团体|老年|残疾|养老", "民政、扶贫、救灾\\社会福利"},
            new String[] {"公安|治安|户口|身份证|枪支|道路交通安全|禁毒|出境|入境|警察|看守", "公安、安全、司法\\公安"},
            new String[] {"司法|律师|公证|法律援助|调解|复议|仲裁|监狱|社区矫正|法律", "公安、安全、司法\\司法"},
            new String[] {"文物|文化|旅游|体育|图书|博物|非物质|广播|电影|出版", "文化、广电、新闻出版\\文化"},
            new String[] {"退役|军人|兵役|国防|民兵|烈士|优抚", "劳动、人事、监察\\军转安置"},
            new String[] {"宗教|民族", "民族、宗教\\宗教事务"},
            new String[] {"信访", "综合政务\\信访"},
            new String[] {"科学|技术|专利|知识产权|科技", "科技、教育\\科技"},
            new String[] {"商务|贸易|外商|对外|商业|拍卖|电子商务", "商贸、海关、旅游\\国内贸易（含供销）"},
            new String[] {"工业|电力|能源|信息|电信|无线电|节约能源|煤炭", "工业、交通\\信息产业（含电信）"},
            new String[] {"发展|价格|投资|改革|招标", "国民经济管理、国有资产监管\\宏观经济"});
    private static final String DEFAULT_UNIT = "11990101100100148H";
    /** Levels whose documents are rules (规章), not laws and regulations (法律法规), in the catalogue's categories. */
    private static final java.util.Set<String> RULE_LEVELS = java.util.Set.of("部门规章", "地方政府规章");
    private static final String DEFAULT_TOPIC = "综合政务\\其他";

    private final GongkaiProperties gongkai;
    private final CatalogueProperties properties;
    private final DocumentRepository documents;
    private final DocumentImporter importer;
    private final CatalogueService service;
    private final UnitDirectory units;
    private final ExternalIssuers issuers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate requiresNew;
    private final Clock clock;

    DemoCatalogue(GongkaiProperties gongkai, CatalogueProperties properties, DocumentRepository documents,
            DocumentImporter importer, CatalogueService service, UnitDirectory units, ExternalIssuers issuers,
            AuditLog audit, ApplicationEventPublisher events, PlatformTransactionManager txManager, Clock clock) {
        this.gongkai = gongkai;
        this.properties = properties;
        this.documents = documents;
        this.importer = importer;
        this.service = service;
        this.units = units;
        this.issuers = issuers;
        this.audit = audit;
        this.events = events;
        this.requiresNew = new TransactionTemplate(txManager);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener
    void onDemoCounty(DemoCountyLoaded loaded) {
        loadIfEmpty();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        loadIfEmpty();
    }

    synchronized void loadIfEmpty() {
        if (!gongkai.demo() || units.findByCreditCode(DEFAULT_UNIT).isEmpty()) {
            return;
        }
        requiresNew.executeWithoutResult(status -> {
            if (documents.count() > 0) {
                return;
            }
            load();
        });
    }

    private void load() {
        ImportReport county = importer.run(resource("county.jsonl"), ImportFormat.JSONL, null, "system");
        if (!county.completed()) {
            throw new IllegalStateException("demo county documents are invalid: " + county.errors());
        }
        int regulations = 0;
        if (properties.demoLawLimit() > 0) { // 0 = none (an import of no rows is refused as an empty file)
            ImportReport laws = importer.run(new ByteArrayInputStream(lawsAsImport()), ImportFormat.JSONL, null,
                    "system");
            if (!laws.completed()) {
                throw new IllegalStateException("demo regulations are invalid: " + laws.errors());
            }
            regulations = laws.imported();
        }
        linkCountyDocuments();
        workflowExamples();
        audit.recordAs("system", "DEMO_CATALOGUE_LOADED", "Document", null, AuditLog.Outcome.SUCCESS,
                "示例公开目录：" + county.imported() + "件县级文件，" + regulations + "件法律法规");
        log.info("Loaded the demo catalogue: {} county documents, {} regulations", county.imported(), regulations);
        events.publishEvent(new DemoCatalogueLoaded(county.imported()));
    }

    private void linkCountyDocuments() {
        Document oldPolicy = byIndex("119901011001003591/2021-00101");
        Document newPolicy = byIndex("119901011001003591/2025-00101");
        Document interpretation = byIndex("119901011001003591/2025-00102");
        oldPolicy.repealedBy(newPolicy.id(), "由示政规〔2025〕2号废止", clock.instant());
        documents.update(oldPolicy);
        newPolicy.replaces(oldPolicy.id());
        documents.update(newPolicy);
        documents.setInterprets(interpretation.id(), newPolicy.id());
        documents.setInterprets(byIndex("11990101100101124A/2025-00102").id(),
                byIndex("11990101100101124A/2025-00101").id());
        events.publishEvent(new CatalogueEvent.DocumentValidityChanged(oldPolicy.id()));
        events.publishEvent(new CatalogueEvent.DocumentValidityChanged(newPolicy.id()));
        audit.recordAs("system", "REPEAL_DOCUMENT", "Document", String.valueOf(oldPolicy.id()),
                AuditLog.Outcome.SUCCESS, oldPolicy.title() + "；由 id " + newPolicy.id() + " 替代");
    }

    private void workflowExamples() {
        long office = units.findByCreditCode(DEFAULT_UNIT).orElseThrow().id();
        LocalDate today = LocalDate.now(clock);
        Document late = documents.insert(Document.draft(office, new DocumentContent(
                "示例县人民政府办公室关于开展政务服务满意度调查的通知（草稿）", null, null, today.minusDays(60),
                "综合政务\\政务督查", InformationCategory.A20_15_OTHER, "通知", List.of("满意度"), null, null, null, null,
                null, BodyHtml.sanitize("为了解群众对政务服务的评价，决定开展满意度调查。")), "editor", clock.instant()));
        Document submitted = documents.insert(Document.draft(office, new DocumentContent(
                "关于2025年度县级文明家庭拟表彰名单的公示（待审查）", null, null, today.minusDays(3),
                "综合政务\\其他", InformationCategory.A20_15_OTHER, "公示", List.of("文明家庭"), null, null, null, null,
                null, BodyHtml.sanitize("拟表彰家庭户主：张明，联系电话13812341234。\n公示期7天。")), "editor",
                clock.instant()));
        submitted.apply(WorkflowAction.SUBMIT, clock.instant());
        documents.update(submitted);
        service.scan(submitted, "SUBMIT");
        log.debug("demo workflow examples {} and {}", late.id(), submitted.id());
    }

    private Document byIndex(String indexNumber) {
        return documents.findByIndexNumber(indexNumber).orElseThrow(() -> new IllegalStateException(
                "demo document " + indexNumber + " missing"));
    }

    /** The regulations in the import format, each under its real issuer, with a topic chosen from the title. */
    private byte[] lawsAsImport() {
        StringBuilder out = new StringBuilder();
        int limit = properties.demoLawLimit();
        int n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource("laws.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && n < limit) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode law = JSON.readTree(line);
                String title = law.path("title").asString();
                String date = law.path("date").asString();
                String level = law.path("level").asString();
                String[] rule = RULES.stream().filter(r -> title.matches(".*(" + r[0] + ").*")).findFirst()
                        .orElse(new String[] {"", DEFAULT_TOPIC});
                String issuer = LawIssuers.of(level, law.path("region").asString(""), title, date);
                ObjectNode row = JSON.createObjectNode();
                row.put("title", title);
                row.put("publisherCode", issuers.findOrCreate(issuer).creditCode());
                row.put("writtenOn", date);
                row.put("publishedOn", date);
                row.put("topic", rule[1]);
                row.put("category", RULE_LEVELS.contains(level) ? "规章" : "法律法规");
                row.put("genre", genre(title));
                row.put("validity", law.path("expired").asBoolean(false) ? "失效" : "有效");
                row.put("summary", law.path("level").asString() + (law.path("region").asString("").isBlank() ? ""
                        : "（" + law.path("region").asString() + "）") + "，" + date + "公布。");
                row.putArray("keywords").add(law.path("level").asString());
                row.put("body", markdownToHtml(law.path("text").asString()));
                out.append(JSON.writeValueAsString(row)).append('\n');
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String genre(String title) {
        for (String g : List.of("条例", "规定", "办法", "细则", "决定")) {
            if (title.endsWith(g) || title.contains(g + "（")) {
                return g;
            }
        }
        return "其他";
    }

    static String markdownToHtml(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.equals("<!-- INFO END -->")) {
                continue;
            }
            if (t.startsWith("#")) {
                int level = Math.min(4, (int) t.chars().takeWhile(ch -> ch == '#').count() + 1);
                html.append("<h").append(level).append('>').append(BodyHtml.escape(t.replaceFirst("^#+\\s*", "")))
                        .append("</h").append(level).append(">\n");
            } else {
                html.append("<p>").append(BodyHtml.escape(t)).append("</p>\n");
            }
        }
        return html.toString();
    }

    private static InputStream resource(String name) {
        try {
            return new ClassPathResource("catalogue/demo/" + name).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
