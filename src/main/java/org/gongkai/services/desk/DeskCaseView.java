package org.gongkai.services.desk;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.services.ItemTerms;
import org.gongkai.services.cases.CaseView;
import org.gongkai.services.desk.CaseMaterials.Check;
import org.gongkai.services.desk.DeskCases.CaseHeader;
import org.gongkai.services.desk.Opinions.Opinion;

/**
 * The case page's content: the case module's view of the case ({@link CaseView}: masked applicant, clock reading,
 * events explained, allowed actions) and what the desk adds — the applicant in full after an audited reveal, the clock
 * in sentences, the events with the materials check and the opinions, the documents and the forms offered now.
 *
 * @param offered the paths of the forms the viewer may use now, the next one first
 */
public record DeskCaseView(CaseView c, CaseHeader header, ItemTerms item, String unitName, String acceptingUnitName,
        Applicant applicant, CaseLights.Light light, List<String> clock, List<Line> events, Check materials,
        List<OpinionLine> opinions, List<Document> documents, List<String> offered) {

    /** The applicant as shown: masked identity and phone unless {@code revealed}. */
    public record Applicant(String typeLabel, String name, String identity, String phone, boolean revealed,
            boolean hasMasked) {}

    /** One line of the events: the day, what happened and the explanation. */
    public record Line(LocalDate on, String what, String explanation) {}

    public record OpinionLine(Opinion opinion, String unitName, boolean overdue) {}

    public record Document(String label, String path) {}

    public String statusLabel() {
        return c.status().label();
    }

    public String channelLabel() {
        return DeskTexts.channel(c.channel().name());
    }

    public boolean allows(String path) {
        return offered.contains(path);
    }

    /** The first offered form, shown first with the primary button. */
    public String nextAction() {
        return offered.isEmpty() ? null : offered.get(0);
    }

    public List<String> otherActions() {
        return offered.size() <= 1 ? List.of() : offered.subList(1, offered.size());
    }

    /** Whether the 其他操作 fold opens: a refusal concerns one of its forms. */
    public boolean folds(String form) {
        return otherActions().contains(form);
    }
}
