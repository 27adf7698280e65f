package org.gongkai.requests.letters;

import java.util.List;
import org.gongkai.common.DocumentFonts;
import org.gongkai.requests.letters.TemplateText.Paragraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** {@link LetterRenderer} over the stored templates. */
@Component
class TemplateLetterRenderer implements LetterRenderer {

    private static final Logger log = LoggerFactory.getLogger(TemplateLetterRenderer.class);

    private final LetterTemplates templates;
    private final PdfLetterWriter pdf;
    private final DocxLetterWriter docx;

    TemplateLetterRenderer(LetterTemplates templates, DocumentFonts properties) {
        this.templates = templates;
        this.pdf = new PdfLetterWriter(properties);
        this.docx = new DocxLetterWriter(properties);
    }

    @Override
    public byte[] docx(LetterData data) {
        List<Paragraph> paragraphs = paragraphs(data);
        return docx.write(title(paragraphs), paragraphs);
    }

    @Override
    public byte[] pdf(LetterData data) {
        List<Paragraph> paragraphs = paragraphs(data);
        return pdf.write(title(paragraphs), paragraphs);
    }

    @Override
    public List<TextParagraph> textParagraphs(LetterData data) {
        return paragraphs(data).stream().map(p -> new TextParagraph(p.style().name().toLowerCase(), p.text())).toList();
    }

    @Override
    public String fileName(LetterData data, String extension) {
        TemplateKey key = TemplateKey.of(data.kind(), data.decisionCode());
        String base = key.isReply() ? "政府信息公开申请答复书" : key.label();
        String number = data.trackingNumber() == null ? "" : "-" + data.trackingNumber().replaceAll("[^A-Za-z0-9_-]", "");
        return base + number + "." + extension;
    }

    private List<Paragraph> paragraphs(LetterData data) {
        TemplateKey key = TemplateKey.of(data.kind(), data.decisionCode());
        return LetterLayout.finish(text(key).fill(LetterValues.of(data)), data.addressee());
    }

    private TemplateText text(TemplateKey key) {
        try {
            return TemplateText.parse(templates.get(key).body(), key);
        } catch (RuntimeException invalidStoredTemplate) {
            log.warn("stored letter template {} is not valid ({}); using the shipped default", key,
                    invalidStoredTemplate.getMessage());
            return TemplateText.parse(templates.defaultBody(key), key);
        }
    }

    private static String title(List<Paragraph> paragraphs) {
        return String.join("", paragraphs.stream().filter(p -> p.style() == TemplateText.Style.TITLE)
                .map(Paragraph::text).toList());
    }
}
