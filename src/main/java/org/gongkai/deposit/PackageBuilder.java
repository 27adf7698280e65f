package org.gongkai.deposit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.catalogue.DocumentRecords;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.files.FileStore;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.reports.PublishedReports;
import org.gongkai.reports.ReportExports;
import org.gongkai.reports.ReportService;
import org.gongkai.reports.ReportView;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds one transfer package as a BagIt zip under {@code <data-dir>/deposit}: every document of the county's units
 * first published in the period (metadata.json, each archived version as HTML, the current attachments) with an
 * index {@code data/documents.csv}, and the annual reports published in the period (PDF).
 */
@Component
class PackageBuilder {

    /** What a build wrote: the zip (in its final place) and what is in it. */
    record Built(Path file, String bagName, long size, String sha256, String payloadOxum, int documents, int reports) {}

    private final DocumentRecords documents;
    private final FileStore files;
    private final PublishedReports publishedReports;
    private final ReportService reportService;
    private final ReportExports exports;
    private final GongkaiProperties gongkai;
    private final DepositProperties settings;
    private final ObjectMapper json;
    private final Clock clock;

    PackageBuilder(DocumentRecords documents, FileStore files, PublishedReports publishedReports,
            ReportService reportService, ReportExports exports, GongkaiProperties gongkai, DepositProperties settings,
            ObjectMapper json, Clock clock) {
        this.documents = documents;
        this.files = files;
        this.publishedReports = publishedReports;
        this.reportService = reportService;
        this.exports = exports;
        this.gongkai = gongkai;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    Path folder() {
        return gongkai.dataDir().resolve("deposit");
    }

    Built build(UnitView recipient, LocalDate from, LocalDate to, Map<Long, String> unitNames) {
        String bagName = "gongkai-" + recipient.creditCode() + "-" + from + "_" + to;
        try {
            Files.createDirectories(folder());
            Path temp = Files.createTempFile(folder(), bagName, ".part");
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                int documentCount;
                int reportCount;
                String oxum;
                try (OutputStream out = new DigestOutputStream(
                        new java.io.BufferedOutputStream(Files.newOutputStream(temp)), sha256);
                        BagWriter bag = new BagWriter(out, bagName, settings.maxPackageBytes())) {
                    documentCount = writeDocuments(bag, from, to, unitNames);
                    reportCount = writeReports(bag, from, to);
                    Map<String, String> info = new LinkedHashMap<>();
                    info.put("Source-Organization", gongkai.siteName());
                    info.put("External-Identifier", bagName);
                    info.put("External-Description", gongkai.siteName() + "主动公开的政府信息（" + from + "至" + to
                            + "发布的文件及其版本、附件，期间发布的政府信息公开年报），移交" + recipient.name());
                    info.put("Bagging-Date", LocalDate.now(clock.withZone(org.gongkai.common.TimeConfiguration.ZONE))
                            .toString());
                    info.put("Gongkai-Period-Start", from.toString());
                    info.put("Gongkai-Period-End", to.toString());
                    info.put("Gongkai-Recipient", recipient.name() + " (" + recipient.creditCode() + ")");
                    info.put("Gongkai-Documents", String.valueOf(documentCount));
                    info.put("Gongkai-Annual-Reports", String.valueOf(reportCount));
                    oxum = bag.payloadOxum();
                    bag.finish(info);
                }
                Path target = folder().resolve(bagName + "-" + clock.millis() + ".zip");
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return new Built(target, bagName, Files.size(target), java.util.HexFormat.of().formatHex(sha256.digest()),
                        oxum, documentCount, reportCount);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private int writeDocuments(BagWriter bag, LocalDate from, LocalDate to, Map<Long, String> unitNames)
            throws IOException {
        StringBuilder index = new StringBuilder("id,indexNumber,title,documentNumber,publisher,publishedOn,versions,"
                + "attachments,folder\n");
        int count = 0;
        for (long id : documents.publishedBetween(from, to)) {
            DocumentRecords.DocumentRecord d = documents.record(id).orElse(null);
            if (d == null) {
                continue; // withdrawn meanwhile
            }
            String folder = "documents/" + d.id() + "/";
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("id", d.id());
            meta.put("indexNumber", d.indexNumber());
            meta.put("title", d.title());
            meta.put("documentNumber", d.documentNumber());
            meta.put("publisher", unitNames.get(d.unitId()));
            meta.put("writtenOn", String.valueOf(d.writtenOn()));
            meta.put("publishedOn", String.valueOf(d.publishedOn()));
            meta.put("topic", d.topic());
            meta.put("category", d.category());
            meta.put("genre", d.genre());
            meta.put("validity", d.validity());
            meta.put("effectiveFrom", d.effectiveFrom() == null ? null : d.effectiveFrom().toString());
            meta.put("effectiveTo", d.effectiveTo() == null ? null : d.effectiveTo().toString());
            meta.put("interprets", d.interpretsId());
            List<Map<String, Object>> versions = new java.util.ArrayList<>();
            for (DocumentRecords.VersionRecord v : d.versions()) {
                String file = "versions/v" + v.version() + ".html";
                bag.add(folder + file, versionHtml(d, v));
                Map<String, Object> vm = new LinkedHashMap<>();
                vm.put("version", v.version());
                vm.put("title", v.title());
                vm.put("documentNumber", v.documentNumber());
                vm.put("publishedAt", v.publishedAt().toString());
                vm.put("file", file);
                versions.add(vm);
            }
            meta.put("versions", versions);
            List<Map<String, Object>> attachments = new java.util.ArrayList<>();
            for (DocumentRecords.AttachmentRecord a : d.attachments()) {
                String file = "attachments/" + a.id() + "-" + BagWriter.safeName(a.name());
                try (InputStream in = files.open(a.fileId())) {
                    bag.add(folder + file, in);
                }
                Map<String, Object> am = new LinkedHashMap<>();
                am.put("name", a.name());
                am.put("mediaType", a.mediaType());
                am.put("size", a.size());
                am.put("file", file);
                attachments.add(am);
            }
            meta.put("attachments", attachments);
            bag.add(folder + "metadata.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
            index.append(csv(String.valueOf(d.id()), d.indexNumber(), d.title(), d.documentNumber(),
                    unitNames.get(d.unitId()), String.valueOf(d.publishedOn()), String.valueOf(d.versions().size()),
                    String.valueOf(d.attachments().size()), "data/" + folder));
            count++;
        }
        bag.add("documents.csv", "\uFEFF" + index);
        return count;
    }

    private int writeReports(BagWriter bag, LocalDate from, LocalDate to) throws IOException {
        int count = 0;
        for (var list : publishedReports.all()) {
            for (int year : list.years()) {
                ReportView report = reportService.published(list.unit().creditCode(), year);
                if (report.publishedOn() == null || report.publishedOn().isBefore(from)
                        || report.publishedOn().isAfter(to)) {
                    continue;
                }
                bag.add("annual-reports/" + list.unit().creditCode() + "-" + year + ".pdf", exports.pdf(report));
                count++;
            }
        }
        return count;
    }

    private static String versionHtml(DocumentRecords.DocumentRecord d, DocumentRecords.VersionRecord v) {
        String title = escape(v.title());
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta name=\"index-number\" content=\"" + escape(d.indexNumber()) + "\">"
                + "<meta name=\"version\" content=\"" + v.version() + "\">"
                + "<meta name=\"published-at\" content=\"" + v.publishedAt() + "\"></head>\n<body>\n<h1>" + title
                + "</h1>\n" + (v.documentNumber() == null ? "" : "<p>" + escape(v.documentNumber()) + "</p>\n")
                + (v.bodyHtml() == null ? "" : v.bodyHtml()) + "\n</body>\n</html>\n";
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String csv(String... cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i] == null ? "" : cells[i];
            if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c; // never a formula in a spreadsheet
            }
            row.append(i == 0 ? "" : ",").append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        return row.append('\n').toString();
    }
}
