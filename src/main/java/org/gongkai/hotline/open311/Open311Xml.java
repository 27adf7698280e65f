package org.gongkai.hotline.open311;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Open311 document (the same tree of maps, lists and values the JSON is written from) as XML with the
 * GeoReport v2 element names: a list's items are named after it ({@code services} → {@code service},
 * {@code service_requests} → {@code request}, …), a null member is an empty element. The StAX writer escapes text,
 * so the output is well-formed whatever a ticket says.
 */
final class Open311Xml {

    private static final Map<String, String> ITEMS = Map.of("services", "service", "service_requests", "request",
            "attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats", "format",
            "errors", "error");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Open311Xml() {}

    static String write(String root, Object tree) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, tree);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Open311 XML", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                element(xml, String.valueOf(e.getKey()), e.getValue());
            }
        } else if (value instanceof List<?> list) {
            String item = ITEMS.get(name);
            if (item == null) {
                throw new IllegalArgumentException("no Open311 item name for list " + name);
            }
            for (Object o : list) {
                element(xml, item, o);
            }
        } else if (value != null) {
            xml.writeCharacters(clean(String.valueOf(value)));
        }
        xml.writeEndElement();
    }

    /** Drops the characters XML 1.0 cannot carry at all (control characters other than tab and line breaks). */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
