package org.gongkai.catalogue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.gongkai.catalogue.Document;
import org.gongkai.catalogue.DocumentContent;
import org.gongkai.catalogue.DocumentInput;

/** The draft form: everything as typed, so a refused save shows the user's own input again. */
public class DocumentForm {

    // The limits of every field, declared once (columns of catalogue_document); the page reads them.
    private Long unitId;
    @NotBlank
    @Size(max = 500)
    private String title;
    @Size(max = 2000)
    private String summary;
    @Size(max = 200)
    private String documentNumber;
    @Size(max = 10)
    private String writtenOn;
    @NotBlank
    @Size(max = 100)
    private String topic;
    @NotBlank
    @Size(max = 40)
    private String category;
    @Size(max = 40)
    private String genre;
    @Size(max = 1000)
    private String keywords;
    @Size(max = 20)
    private String disclosureMode = "PROACTIVE";
    @Size(max = 20)
    private String validity = "EFFECTIVE";
    @Size(max = 10)
    private String effectiveFrom;
    @Size(max = 10)
    private String effectiveTo;
    @PositiveOrZero
    private Long interpretsId;
    @Size(max = 200_000)
    private String body;

    static DocumentForm of(Document d) {
        DocumentContent c = d.content();
        DocumentForm f = new DocumentForm();
        f.unitId = d.unitId();
        f.title = c.title();
        f.summary = c.summary();
        f.documentNumber = c.documentNumber();
        f.writtenOn = c.writtenOn() == null ? null : c.writtenOn().toString();
        f.topic = c.topic();
        f.category = c.category() == null ? null : c.category().name();
        f.genre = c.genre();
        f.keywords = String.join("；", c.keywords());
        f.disclosureMode = c.disclosureMode().name();
        f.validity = c.validity().name();
        f.effectiveFrom = c.effectiveFrom() == null ? null : c.effectiveFrom().toString();
        f.effectiveTo = c.effectiveTo() == null ? null : c.effectiveTo().toString();
        f.interpretsId = c.interpretsId();
        f.body = c.body();
        return f;
    }

    DocumentInput input() {
        return new DocumentInput(unitId, title, summary, documentNumber, writtenOn, topic, category, genre,
                DocumentInput.splitKeywords(keywords), disclosureMode, validity, effectiveFrom, effectiveTo,
                interpretsId, body);
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public String getWrittenOn() { return writtenOn; }
    public void setWrittenOn(String writtenOn) { this.writtenOn = writtenOn; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getGenre() { return genre; }
    public void setGenre(String genre) { this.genre = genre; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getDisclosureMode() { return disclosureMode; }
    public void setDisclosureMode(String disclosureMode) { this.disclosureMode = disclosureMode; }
    public String getValidity() { return validity; }
    public void setValidity(String validity) { this.validity = validity; }
    public String getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(String effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getEffectiveTo() { return effectiveTo; }
    public void setEffectiveTo(String effectiveTo) { this.effectiveTo = effectiveTo; }
    public Long getInterpretsId() { return interpretsId; }
    public void setInterpretsId(Long interpretsId) { this.interpretsId = interpretsId; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
