package org.gongkai.gazette;

import static org.gongkai.web.AtomFeed.esc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An issue as an EPUB 3 book for phones, written with {@code java.util.zip} (no EPUB library): {@code mimetype} first
 * and stored uncompressed, {@code META-INF/container.xml} naming {@code OEBPS/package.opf}, the package document with
 * its manifest and spine, the navigation document {@code nav.xhtml} (the table of contents by section) and one XHTML
 * file per section with an anchor per document.
 */
final class GazetteEpub {

    private GazetteEpub() {}

    static byte[] write(String gazetteTitle, GazetteIssue issue, List<String> sectionOrder, String identifier) {
        List<GazetteIssue.Section> sections = issue.sections(sectionOrder);
        String title = gazetteTitle + " " + issue.label();
        Instant modified = (issue.publishedAt() == null ? Instant.EPOCH : issue.publishedAt())
                .truncatedTo(ChronoUnit.SECONDS);
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "META-INF/container.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles>
                        <rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/>
                      </rootfiles>
                    </container>
                    """);
            put(zip, "OEBPS/package.opf", opf(title, identifier, modified, sections.size()));
            put(zip, "OEBPS/nav.xhtml", nav(title, sections));
            put(zip, "OEBPS/style.css", "body { font-family: serif; line-height: 1.7; } h1, h2 { text-align: center; }"
                    + " p { text-indent: 2em; margin: 0.3em 0; } .number, .sign, .index-number { text-indent: 0; }"
                    + " .number { text-align: center; } .sign { text-align: right; } .index-number { font-size: 0.8em; }");
            for (int i = 0; i < sections.size(); i++) {
                put(zip, "OEBPS/section-" + (i + 1) + ".xhtml", section(sections.get(i)));
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String opf(String title, String identifier, Instant modified, int sectionCount) {
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        for (int i = 1; i <= sectionCount; i++) {
            manifest.append("    <item id=\"s").append(i).append("\" href=\"section-").append(i)
                    .append(".xhtml\" media-type=\"application/xhtml+xml\"/>\n");
            spine.append("    <itemref idref=\"s").append(i).append("\"/>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\"zh-CN\">\n"
                + "  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "    <dc:identifier id=\"uid\">" + esc(identifier) + "</dc:identifier>\n"
                + "    <dc:title>" + esc(title) + "</dc:title>\n"
                + "    <dc:language>zh-CN</dc:language>\n"
                + "    <meta property=\"dcterms:modified\">" + modified + "</meta>\n"
                + "  </metadata>\n  <manifest>\n"
                + "    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
                + "    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n" + manifest
                + "  </manifest>\n  <spine>\n    <itemref idref=\"nav\"/>\n" + spine + "  </spine>\n</package>\n";
    }

    private static String xhtml(String title, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
                + "xml:lang=\"zh-CN\" lang=\"zh-CN\">\n<head><meta charset=\"UTF-8\"/><title>" + esc(title)
                + "</title><link rel=\"stylesheet\" href=\"style.css\"/></head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static String nav(String title, List<GazetteIssue.Section> sections) {
        StringBuilder body = new StringBuilder("<nav epub:type=\"toc\" id=\"toc\"><h1>目录</h1>\n<ol>\n");
        for (int i = 0; i < sections.size(); i++) {
            GazetteIssue.Section s = sections.get(i);
            String file = "section-" + (i + 1) + ".xhtml";
            body.append("<li><a href=\"").append(file).append("\">").append(esc(s.name())).append("</a>\n<ol>\n");
            for (GazetteIssue.Entry e : s.entries()) {
                body.append("<li><a href=\"").append(file).append('#').append(e.anchor()).append("\">")
                        .append(esc(e.title())).append("</a></li>\n");
            }
            body.append("</ol></li>\n");
        }
        return xhtml(title, body.append("</ol>\n</nav>\n").toString());
    }

    private static String section(GazetteIssue.Section s) {
        StringBuilder body = new StringBuilder("<section><h1>").append(esc(s.name())).append("</h1>\n");
        for (GazetteIssue.Entry e : s.entries()) {
            body.append("<section id=\"").append(e.anchor()).append("\"><h2>").append(esc(e.title())).append("</h2>\n");
            if (e.documentNumber() != null && !e.documentNumber().isBlank()) {
                body.append("<p class=\"number\">").append(esc(e.documentNumber())).append("</p>\n");
            }
            e.paragraphs().forEach(p -> body.append("<p>").append(esc(p)).append("</p>\n"));
            body.append("<p class=\"sign\">").append(esc(e.publisherName())).append("</p>\n")
                    .append("<p class=\"index-number\">索引号：").append(esc(e.indexNumber())).append("</p></section>\n");
        }
        return xhtml(s.name(), body.append("</section>\n").toString());
    }
}
