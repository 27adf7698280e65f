package org.gongkai.files;

import java.io.InputStream;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain text from documents with Tika's auto-detecting parser: no OCR, no network, at most
 * {@link #MAX_CHARS} characters (the rest of a huge document is not needed for search or the guard).
 */
final class TextExtraction {

    static final int MAX_CHARS = 2_000_000;
    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

    private final Parser parser = new AutoDetectParser();

    String extract(InputStream in, String name) {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        Metadata metadata = new Metadata();
        metadata.set("resourceName", name);
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        context.set(Parser.class, parser); // embedded documents (e.g. a sheet inside a DOCX) are read too
        try {
            parser.parse(in, handler, metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                // a damaged file: keep whatever text came out before the damage
                log.warn("Text extraction of {} stopped: {}", name, e.toString());
            }
        }
        return handler.toString().strip();
    }
}
