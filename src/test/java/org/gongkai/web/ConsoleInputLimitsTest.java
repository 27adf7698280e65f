package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors.TestActor;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Role;
import org.gongkai.organisation.CreditCodes;
import org.gongkai.requests.ApplicationInput;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DecisionCode;
import org.gongkai.requests.RequestCommands;
import org.gongkai.requests.RequestService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue #8, class 3 (decision 008): every text input and textarea of the console's case pages — the request page
 * in the states that show its forms, the document form and page (draft with a finding, submitted, published), the
 * report page (draft and submitted) — shows as {@code maxlength} exactly the maximum the server enforces for it.
 * The server's maximum is read here from the class the server validates that form with (a form class bound with
 * {@code @Valid}, see {@link BoundInputsAreValidatedTest}, or the command the dispatcher validates), found by the
 * form's action; a new form posting elsewhere fails until it is named below.
 */
@IntegrationTest
class ConsoleInputLimitsTest {

    static final String OFFICE = "11990101100100148H"; // 县政府办: approves departments' reports
    static final String COUNTY = "11990101100100076Q";

    /** Form action (path pattern) → the class whose Bean Validation declarations the server enforces for it. */
    static final Map<Pattern, String> SERVER_DECLARATIONS = new LinkedHashMap<>();

    static {
        String requests = "org.gongkai.requests.RequestCommands$";
        declare("/console/requests/[^/]+/correction-request", requests + "RequestCorrection");
        declare("/console/requests/[^/]+/consultation", requests + "StartConsultation");
        declare("/console/requests/[^/]+/extension", requests + "ExtendRequest");
        declare("/console/requests/[^/]+/decision", requests + "DecideRequest");
        declare("/console/requests/[^/]+/withdrawal", requests + "WithdrawRequest");
        declare("/console/requests/[^/]+/transfer", requests + "TransferRequest");
        declare("/console/requests/[^/]+/delivery", requests + "DeliverReply");
        declare("/console/requests/[^/]+/notes", requests + "AddNote");
        String catalogue = "org.gongkai.catalogue.DocumentCommands$";
        declare("/console/catalogue", "org.gongkai.catalogue.web.DocumentForm");
        declare("/console/catalogue/\\d+/edit", "org.gongkai.catalogue.web.DocumentForm");
        declare("/console/catalogue/\\d+/act/return", catalogue + "ReturnDocument");
        declare("/console/catalogue/\\d+/act/withdraw", catalogue + "WithdrawDocument");
        declare("/console/catalogue/\\d+/repeal", catalogue + "RepealDocument");
        declare("/console/catalogue/findings/\\d+/override", catalogue + "OverrideFinding");
        String reports = "org.gongkai.reports.web.ConsoleReportPages$";
        declare("/console/reports/[^/]+/\\d+/narrative", reports + "NarrativeForm");
        declare("/console/reports/[^/]+/\\d+/entries", reports + "EntriesForm");
        declare("/console/reports/[^/]+/\\d+/return", reports + "ReturnForm");
    }

    static void declare(String action, String className) {
        SERVER_DECLARATIONS.put(Pattern.compile(action), className);
    }

    static final Set<String> TEXT_TYPES = Set.of("", "text", "search", "email", "tel", "url", "password");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CommandDispatcher commands;
    @Autowired Validator validator;

    record Checked(String page, String action, String name, int maxlength) {}

    final List<String> problems = new ArrayList<>();
    final List<Checked> checked = new ArrayList<>();

    /** Renders the page and checks every text control of every form on it. */
    void check(String url, RequestPostProcessor actor) throws Exception {
        var response = mvc.perform(get(url).with(actor)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        for (Element form : page.select("form")) {
            String action = form.attr("action");
            for (Element control : form.select("input, textarea")) {
                boolean text = control.tagName().equals("textarea")
                        || TEXT_TYPES.contains(control.attr("type").toLowerCase());
                if (!text) {
                    continue;
                }
                String name = control.attr("name");
                String where = url + " form " + action + " field " + name;
                Integer declared = serverMaximum(action, name, where);
                if (!control.hasAttr("maxlength")) {
                    problems.add(where + ": no maxlength (the server allows " + declared + ")");
                    continue;
                }
                int shown = Integer.parseInt(control.attr("maxlength"));
                if (declared != null && shown != declared) {
                    problems.add(where + ": maxlength " + shown + ", but the server allows " + declared);
                }
                checked.add(new Checked(url, action, name, shown));
            }
        }
    }

    Integer serverMaximum(String action, String name, String where) {
        String className = SERVER_DECLARATIONS.entrySet().stream().filter(e -> e.getKey().matcher(action).matches())
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (className == null) {
            problems.add(where + ": which class does the server validate this form with? Name it in SERVER_DECLARATIONS");
            return null;
        }
        try {
            PropertyDescriptor property = validator.getConstraintsForClass(Class.forName(className))
                    .getConstraintsForProperty(name);
            Integer max = property == null ? null : property.getConstraintDescriptors().stream()
                    .filter(c -> c.getAnnotation().annotationType().getSimpleName().equals("Size"))
                    .map(ConstraintDescriptor::getAttributes).map(a -> (Integer) a.get("max")).findFirst().orElse(null);
            if (max == null) {
                problems.add(where + ": " + className + "." + name + " declares no @Size: the server enforces no maximum");
            }
            return max;
        } catch (ClassNotFoundException e) {
            problems.add(where + ": " + className + " does not exist");
            return null;
        }
    }

    long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE credit_code = ?").param(code).query(Long.class).single();
    }

    @Test
    void everyTextInputOfTheRequestPageShowsTheServersMaximum() throws Exception {
        long office = unit(OFFICE);
        TestActor officer = new TestActor(-61, "limits-page-officer", "承办人",
                Map.of(office, Set.of(Role.REQUEST_OFFICER, Role.SUPERVISOR, Role.LEADER)));
        RequestPostProcessor login = as(officer.staffId(), officer.username(), officer.unitRoles());
        String open = register(officer, OFFICE);
        commands.dispatchAs(officer, new RequestCommands.AcceptRequest(open, null));
        commands.dispatchAs(officer, new RequestCommands.ReviewRequest(open));
        String decided = register(officer, OFFICE);
        commands.dispatchAs(officer, new RequestCommands.AcceptRequest(decided, null));
        commands.dispatchAs(officer, new RequestCommands.ReviewRequest(decided));
        commands.dispatchAs(officer, new RequestCommands.DecideRequest(decided, null, DecisionCode.DISCLOSED, "予以公开"));

        check("/console/requests/" + open, login);
        check("/console/requests/" + decided, login);

        assertThat(problems).isEmpty();
        assertThat(names()).as("the forms the pages showed").contains("what", "consultee", "approver", "reasons",
                "reason", "channel", "body");
    }

    String register(TestActor officer, String unitCode) {
        RequestService.Submitted s = commands.dispatchAs(officer, new RequestCommands.RegisterRequest(
                new ApplicationInput("NATURAL_PERSON", "欧阳娜娜", "11010519491231002X", null, "13700001111",
                        "oy@example.cn", null, unitCode, "示例县2025年财政预算", "ELECTRONIC", "EMAIL"),
                Channel.LETTER, LocalDate.of(2026, 6, 15)));
        return s.trackingNumber();
    }

    @Test
    void everyTextInputOfTheDocumentFormAndPageShowsTheServersMaximum() throws Exception {
        long office = unit(OFFICE);
        RequestPostProcessor editor = as(-62, "limits-page-editor",
                Map.of(office, new HashSet<>(Arrays.asList(Role.values()))));
        String title = "页面长度检查" + System.nanoTime();
        mvc.perform(post("/console/catalogue").with(editor).with(csrf()).param("unitId", String.valueOf(office))
                .param("title", title).param("writtenOn", "2026-06-01").param("topic", "综合政务\\政务公开")
                .param("category", "A20_15_OTHER").param("body", "<p>请联系13912345678</p>"));
        long draft = jdbc.sql("SELECT id FROM catalogue_document WHERE title = ?").param(title).query(Long.class).single();
        long published = jdbc.sql("SELECT MIN(id) FROM catalogue_document WHERE unit_id = ? AND status = 'PUBLISHED'")
                .param(office).query(Long.class).single();

        check("/console/catalogue/new", editor);
        check("/console/catalogue/" + draft + "/edit", editor);
        check("/console/catalogue/" + draft, editor); // the finding: override reason
        mvc.perform(post("/console/catalogue/{id}/act/submit", draft).with(editor).with(csrf()));
        check("/console/catalogue/" + draft, editor); // submitted: return reason
        check("/console/catalogue/" + published, editor); // published: withdrawal reason, repeal note

        assertThat(problems).isEmpty();
        assertThat(names()).contains("title", "documentNumber", "keywords", "summary", "body", "reason", "note");
        assertThat(checked).anyMatch(c -> c.action().endsWith("/override"))
                .anyMatch(c -> c.action().endsWith("/act/return")).anyMatch(c -> c.action().endsWith("/act/withdraw"))
                .anyMatch(c -> c.action().endsWith("/repeal"));
    }

    @Test
    void everyTextInputOfTheReportPageShowsTheServersMaximum() throws Exception {
        String code = CreditCodes.complete("11990101" + String.format("%09d", new SecureRandom().nextInt(1_000_000_000)));
        jdbc.sql("INSERT INTO org_unit (credit_code, name, short_name, type, parent_id) VALUES (?, ?, ?, 'DEPARTMENT', ?)")
                .params(code, "示例县长度检查局" + code.substring(10), "长度检查局", unit(COUNTY)).update();
        long department = unit(code);
        RequestPostProcessor preparer = as(-63, "limits-page-preparer",
                Map.of(department, Set.of(Role.EDITOR, Role.REQUEST_OFFICER), unit(OFFICE), Set.of(Role.SUPERVISOR)));
        String page = "/console/reports/" + code + "/2025";

        check(page, preparer); // draft: table 二 entries and the narrative
        // the generated narrative leaves （请填写） for staff, and submission is refused until it is written (#10)
        mvc.perform(post(page + "/narrative").with(preparer).with(csrf()).param("overview", "总体情况")
                .param("problems", "存在的主要问题：无。").param("otherMatters", "无"));
        var submitted = mvc.perform(post(page + "/submit").with(preparer).with(csrf())).andReturn().getResponse();
        assertThat(submitted.getStatus()).as("submitted for approval").isEqualTo(302);
        check(page, preparer); // submitted: the approver's return comment

        assertThat(problems).isEmpty();
        assertThat(names()).contains("fees", "overview", "problems", "otherMatters", "comment");
    }

    Set<String> names() {
        Set<String> out = new HashSet<>();
        checked.forEach(c -> out.add(c.name()));
        return out;
    }
}
