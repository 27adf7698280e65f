package org.gongkai.services.items.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.services.items.ItemContent;
import org.gongkai.services.items.ServiceItemCatalogue;
import org.gongkai.services.items.ServiceItemCatalogue.Guide;

/** The JSON of the public item API: a list row and the whole guide. Members are the API contract (issue #11). */
final class ItemJson {

    private ItemJson() {}

    static Map<String, Object> row(ServiceItemCatalogue.Row r, String unitCode, String url) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("name", r.name());
        m.put("type", r.type());
        m.put("unitCode", unitCode);
        m.put("levels", r.levels().stream().map(Enum::name).toList());
        m.put("kind", r.kind().name());
        m.put("statutoryLimit", limit(r.statutoryLimit()));
        m.put("promisedLimit", limit(r.promisedLimit()));
        m.put("onlineDepth", r.onlineDepth());
        m.put("visits", r.visits());
        m.put("url", url);
        return m;
    }

    static Map<String, Object> guide(Guide g, String typeCode, String url) {
        ItemContent c = g.item().content();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", g.item().code());
        m.put("basicCode", c.basicCode());
        m.put("name", c.name());
        m.put("type", c.type());
        m.put("typeCode", typeCode);
        m.put("unitCode", g.unitCode());
        m.put("unitName", g.unitName());
        m.put("levels", c.levels().stream().map(Enum::name).toList());
        m.put("target", c.target().name());
        m.put("legalBasis", c.legalBasis());
        m.put("conditions", c.conditions());
        List<Map<String, Object>> materials = new ArrayList<>();
        for (ItemContent.Material x : c.materials()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("name", x.name());
            mm.put("source", x.source());
            mm.put("form", x.form().name());
            mm.put("required", x.required());
            mm.put("copies", x.copies());
            mm.put("notes", x.notes());
            materials.add(mm);
        }
        m.put("materials", materials);
        m.put("steps", c.steps());
        m.put("place", c.place());
        m.put("hours", c.hours());
        Map<String, Object> phones = new LinkedHashMap<>();
        phones.put("consult", c.consultPhone());
        phones.put("complaint", c.complaintPhone());
        m.put("phones", phones);
        m.put("statutoryLimit", limit(c.statutoryLimit()));
        m.put("promisedLimit", limit(c.promisedLimit()));
        m.put("kind", c.kind().name());
        m.put("fees", c.fees() == null ? null : fees(c.fees()));
        m.put("result", c.result() == null ? null : result(c.result()));
        m.put("delivery", c.delivery());
        m.put("onlineDepth", c.onlineDepth());
        m.put("visits", c.visits());
        m.put("bookable", c.bookable());
        m.put("tongbanScope", c.tongbanScope() == null ? null : c.tongbanScope().name());
        m.put("lifeEvents", c.lifeEvents());
        List<Map<String, Object>> offerings = new ArrayList<>();
        for (ServiceItemCatalogue.Place p : g.places()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("level", p.level().name());
            o.put("unitName", p.unitName());
            o.put("stationCode", p.stationCode());
            o.put("stationName", p.stationName());
            o.put("address", p.address());
            o.put("hours", p.hours());
            o.put("phone", p.phone());
            offerings.add(o);
        }
        m.put("offerings", offerings);
        m.put("version", g.item().version());
        m.put("publishedAt", g.item().publishedAt() == null ? null : g.item().publishedAt().toString());
        m.put("updatedAt", g.item().updatedAt().toString());
        m.put("url", url);
        return m;
    }

    static Map<String, Object> limit(ItemContent.Limit l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("days", l.days());
        m.put("unit", l.unit().name());
        return m;
    }

    private static Map<String, Object> fees(ItemContent.Fees f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("charged", f.charged());
        m.put("basis", f.basis());
        m.put("standard", f.standard());
        m.put("onlinePayment", f.onlinePayment());
        return m;
    }

    private static Map<String, Object> result(ItemContent.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("type", r.type());
        return m;
    }
}
