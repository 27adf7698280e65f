package org.gongkai.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gongkai.catalogue.CatalogueService;
import org.gongkai.catalogue.DisclosureMode;
import org.gongkai.catalogue.Document;
import org.gongkai.catalogue.DocumentContent;
import org.gongkai.catalogue.InformationCategory;
import org.gongkai.catalogue.Validity;
import org.gongkai.commands.CommandHandler;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.requests.RequestCommands.RequestCommand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 条例 Art. 44: information that many ask for may be moved into active disclosure. One command turns a disclosed
 * (or partly disclosed) answer into a 主动公开 document draft of the request's unit, through the catalogue's public
 * command API ({@link CatalogueService#createDraft}, which audits {@code DRAFT_DOCUMENT} and requires the actor to be
 * the unit's 信息员); the draft then goes through the catalogue's normal review, sign-off and publication. Title and
 * body come from the question and the reply letter, personal data masked. Audited as {@code PROMOTE_TO_DOCUMENT}.
 */
@Configuration(proxyBeanMethods = false)
class RegisterCommands {

    /** 转为主动公开: who may run it is the request's unit's request officer who is also its 信息员 (EDITOR). */
    public record PromoteToDocument(@NotBlank @Size(max = 32) String trackingNumber) implements RequestCommand {}

    static final int TITLE_QUESTION_MAX = 60;

    @Bean
    CommandHandler<PromoteToDocument, Long> promoteToDocumentHandler(RequestActions actions, RegisterRepository register,
            RegisterTexts texts, ObjectProvider<CatalogueService> catalogue) {
        // the catalogue's service dispatches commands itself: resolved when the command runs, not at start
        return actions.handler(PromoteToDocument.class, (c, context) -> {
            DisclosureRequest request = actions.find(c.trackingNumber());
            ClockState state = request.clock(actions.clock, actions.today());
            if (state.decision() == null) {
                throw new GongkaiException(ErrorCode.NOT_YET_DECIDED, "申请尚未作出答复，不能转为主动公开", "trackingNumber");
            }
            DecisionCode.Group group = state.decision().group();
            if (group != DecisionCode.Group.DISCLOSED && group != DecisionCode.Group.PARTIALLY_DISCLOSED) {
                throw new GongkaiException(ErrorCode.NOT_DISCLOSED, "只有予以公开或部分公开的答复可以转为主动公开（本申请："
                        + state.decision().label() + "）", "trackingNumber");
            }
            if (register.promotedDocument(request.id()).isPresent()) {
                throw new GongkaiException(ErrorCode.ALREADY_PROMOTED, "该答复已转为主动公开文件草稿（文件编号 "
                        + register.promotedDocument(request.id()).get() + "）", "trackingNumber");
            }
            String question = texts.question(request);
            List<org.gongkai.requests.letters.LetterRenderer.TextParagraph> letter = texts.letter(request, new RegisterRepository.Row(request.id(), request.unitId(),
                    question, state.receivedOn(), state.dueDate(), state.decidedOn(), state.decision()));
            Document draft = catalogue.getObject().createDraft(context.requireActor(), request.unitId(),
                    content(question, state, letter));
            register.promoted(request.id(), draft.id());
            return draft.id();
        }, (c, id) -> "依申请公开答复转为主动公开文件草稿 " + id + "（《条例》第四十四条）", Role.REQUEST_OFFICER);
    }

    static DocumentContent content(String question, ClockState state,
            List<org.gongkai.requests.letters.LetterRenderer.TextParagraph> letter) {
        String shortQuestion = question.strip().replaceAll("\\s+", " ");
        if (shortQuestion.length() > TITLE_QUESTION_MAX) {
            shortQuestion = shortQuestion.substring(0, TITLE_QUESTION_MAX) + "…";
        }
        StringBuilder body = new StringBuilder()
                .append("<p>本信息根据政府信息公开申请的答复转为主动公开（《中华人民共和国政府信息公开条例》第四十四条）。</p>")
                .append("<h2>申请公开的信息</h2><p>").append(html(question)).append("</p>")
                .append("<h2>办理结果</h2><p>").append(html(state.decision().label())).append("</p>")
                .append("<h2>答复内容</h2>");
        letter.stream().skip(1) // the letter's title: the draft has its own
                .forEach(p -> body.append("<p>").append(html(p.text())).append("</p>"));
        return new DocumentContent("关于“" + shortQuestion + "”的政府信息", "依申请公开答复转为主动公开："
                + state.decision().label(), null, state.decidedOn(), "综合政务\\政务公开",
                InformationCategory.A20_15_OTHER, null, List.of("依申请公开"), DisclosureMode.PROACTIVE,
                Validity.EFFECTIVE, null, null, null, body.toString());
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
