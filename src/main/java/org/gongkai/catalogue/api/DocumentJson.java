package org.gongkai.catalogue.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.catalogue.Document;
import org.gongkai.catalogue.DocumentContent;
import org.gongkai.catalogue.Finding;
import org.gongkai.catalogue.InterpretationPart;
import org.gongkai.catalogue.PublicCatalogue;

/** JSON shapes of the catalogue API. */
final class DocumentJson {

    private DocumentJson() {}

    static Map<String, Object> publicView(PublicCatalogue.PublicView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("indexNumber", v.indexNumber());
        m.put("title", v.title());
        m.put("summary", v.summary());
        Map<String, Object> publisher = new LinkedHashMap<>();
        if (v.publisher() != null) {
            publisher.put("id", v.publisher().id());
            publisher.put("name", v.publisher().name());
            publisher.put("creditCode", v.publisher().creditCode());
        }
        m.put("publisher", publisher);
        m.put("documentNumber", v.documentNumber());
        m.put("writtenOn", str(v.writtenOn()));
        m.put("publishedOn", str(v.publishedOn()));
        m.put("topic", v.topic());
        m.put("category", v.category().label());
        m.put("genre", v.genre());
        m.put("keywords", v.keywords());
        m.put("disclosureMode", "主动公开");
        m.put("validity", v.validity().label());
        m.put("effectiveFrom", str(v.effectiveFrom()));
        m.put("effectiveTo", str(v.effectiveTo()));
        m.put("replaces", link(v.replaces()));
        m.put("replacedBy", link(v.replacedBy()));
        m.put("interprets", link(v.interprets()));
        m.put("interpretations", v.interpretations().stream().map(DocumentJson::link).toList());
        m.put("version", v.version());
        m.put("body", v.body());
        m.put("attachments", v.attachments().stream().map(a -> Map.of("id", a.id(), "name", a.name(),
                "mediaType", a.mediaType(), "size", a.size(), "url", "/openness/attachments/" + a.id())).toList());
        m.put("url", v.url());
        return m;
    }

    /** The public document with the parts of its interpretation ({@code interpretationParts}, in order; #16). */
    static Map<String, Object> publicView(PublicCatalogue.PublicView v, List<InterpretationPart> parts) {
        Map<String, Object> m = publicView(v);
        m.put("interpretationParts", parts.stream().map(p -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", p.kind().name());
            switch (p.kind()) {
                case QA -> {
                    x.put("question", p.question());
                    x.put("answer", p.answer());
                }
                case IMAGE -> {
                    x.put("url", p.imageUrl());
                    x.put("mediaType", p.mediaType());
                    x.put("altText", p.altText());
                }
                case VIDEO -> {
                    x.put("url", p.videoUrl());
                    x.put("title", p.videoTitle());
                }
                default -> { }
            }
            return x;
        }).toList());
        return m;
    }

    static Map<String, Object> staff(Document d, List<Finding> findings) {
        DocumentContent c = d.content();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("status", d.status().name());
        m.put("statusLabel", d.status().label());
        m.put("unitId", d.unitId());
        m.put("indexNumber", d.indexNumber());
        m.put("title", c.title());
        m.put("summary", c.summary());
        m.put("documentNumber", c.documentNumber());
        m.put("writtenOn", str(c.writtenOn()));
        m.put("publishedOn", str(d.publishedOn()));
        m.put("scheduledAt", d.scheduledAt() == null ? null : d.scheduledAt().toString());
        m.put("topic", c.topic());
        m.put("category", c.category().label());
        m.put("genre", c.genre());
        m.put("keywords", c.keywords());
        m.put("disclosureMode", c.disclosureMode().label());
        m.put("validity", c.validity().label());
        m.put("replacesId", d.replacesId());
        m.put("replacedById", d.replacedById());
        m.put("interpretsId", c.interpretsId());
        m.put("publicVersion", d.publicVersion());
        m.put("withdrawnReason", d.withdrawnReason());
        m.put("body", c.body());
        m.put("findings", findings.stream().map(f -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", f.id());
            x.put("kind", f.kind().name());
            x.put("kindLabel", f.kind().label());
            x.put("source", f.attachmentId() == null ? "BODY" : "ATTACHMENT");
            x.put("attachmentId", f.attachmentId());
            x.put("masked", f.maskedValue());
            x.put("context", f.context());
            x.put("status", f.status().name());
            x.put("overrideReason", f.overrideReason());
            return x;
        }).toList());
        return m;
    }

    private static Map<String, Object> link(PublicCatalogue.Link l) {
        return l == null ? null : Map.of("id", l.id(), "title", l.title(), "url", PublicCatalogue.url(l.id()));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
