package org.gongkai.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.requests.letters.LetterRenderer;
import org.gongkai.requests.letters.LetterRenderer.LetterData;
import org.gongkai.requests.letters.LetterRenderer.LetterKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The texts of a request as the public may read them (the register, an Art. 44 draft): the question masked at
 * intake, and the reply letter rendered from the unit's template with the applicant named only as 申请人, the
 * tracking number shortened and every paragraph masked by {@link RegisterMasking}; the unit's contact, 文号 and
 * remedies are those of the letter the applicant received.
 */
@Component
class RegisterTexts {

    private final RegisterRepository register;
    private final RegisterMasking masking;
    private final UnitDirectory units;
    private final ObjectProvider<LetterRenderer> letters;
    private final ObjectProvider<RequestViews> views;

    RegisterTexts(RegisterRepository register, RegisterMasking masking, UnitDirectory units,
            ObjectProvider<LetterRenderer> letters, ObjectProvider<RequestViews> views) {
        this.register = register;
        this.masking = masking;
        this.units = units;
        this.letters = letters;
        this.views = views;
    }

    /** The reply letter's paragraphs, masked; empty before a decision or without the letters feature. */
    List<LetterRenderer.TextParagraph> letter(DisclosureRequest request, RegisterRepository.Row row) {
        LetterRenderer renderer = letters.getIfAvailable();
        if (renderer == null || row.decision() == null) {
            return List.of();
        }
        String tn = request.trackingNumber();
        String maskedNumber = tn.length() > 10 ? tn.substring(0, 10) + "*".repeat(tn.length() - 10) : tn;
        LetterData data = new LetterData(LetterKind.REPLY, maskedNumber,
                units.findById(request.unitId()).map(UnitDirectory.UnitView::name).orElse(""), "申请人",
                row.receivedOn(), row.decidedOn(), row.question(), row.decision().name(), row.decision().label(),
                request.decisionReasons(), Map.of(), RequestViews.addressee(request),
                views.getObject().issuer(request));
        List<LetterRenderer.TextParagraph> out = new ArrayList<>();
        for (LetterRenderer.TextParagraph p : renderer.textParagraphs(data)) {
            out.add(new LetterRenderer.TextParagraph(p.style(), masking.mask(p.text(), request.applicant())));
        }
        return out;
    }

    /** The question as masked at intake (masked now for a request older than the register). */
    String question(DisclosureRequest request) {
        String stored = register.publicDescription(request.id());
        return stored != null ? stored : masking.mask(request.description(), request.applicant());
    }
}
