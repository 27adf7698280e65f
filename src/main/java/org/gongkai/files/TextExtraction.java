package org.gongkai.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.gongkai.common.GongkaiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Plain text from documents with Tika's auto-detecting parser (no OCR, no network), bounded (issue #8 class 4):
 * at most {@link FilesProperties#maxExtractedChars()} characters (Tika's write limit) and
 * {@link FilesProperties#extractionTimeout()} of wall time, on a small executor of its own (a bounded queue: an
 * upload that would wait behind too many others is refused rather than queued). A parser that does not stop when
 * interrupted is stopped cooperatively: the content handler and the input stream check the deadline.
 */
final class TextExtraction implements AutoCloseable {

    /** The file's text cannot be extracted within the bounds; the message is Chinese, for the upload's field. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

    private final Parser parser = new AutoDetectParser();
    private final FilesProperties properties;
    private final ThreadPoolExecutor executor;

    TextExtraction(FilesProperties properties) {
        this.properties = properties;
        int threads = properties.extractionThreads();
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(4 * threads), r -> {
                    Thread t = new Thread(r, "text-extraction-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
    }

    interface Source {
        InputStream open() throws IOException;
    }

    /** The text, or {@link Refused} when the file has more text than allowed or takes too long. */
    String extract(Source source, String name) throws Refused {
        long deadline = System.nanoTime() + properties.extractionTimeout().toNanos();
        Future<String> result;
        try {
            result = executor.submit(() -> parse(source, name, deadline));
        } catch (RejectedExecutionException e) {
            throw new Refused("服务器正在处理较多文件，暂时无法读取文件“" + name + "”，请稍后再上传");
        }
        try {
            return result.get(properties.extractionTimeout().toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw timeout(name);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Refused refused) {
                throw refused;
            }
            throw new IllegalStateException("text extraction of " + name + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw timeout(name);
        }
    }

    private Refused timeout(String name) {
        long millis = properties.extractionTimeout().toMillis();
        String limit = millis % 1000 == 0 ? millis / 1000 + " 秒" : millis + " 毫秒";
        return new Refused("文件“" + name + "”内容过于复杂，读取文字超过 " + limit + "，已拒绝上传；请另存为 PDF 或拆分后再上传");
    }

    private String parse(Source source, String name, long deadline) throws Refused, IOException {
        StringWriter text = new StringWriter();
        WriteOutContentHandler limited = new WriteOutContentHandler(text, properties.maxExtractedChars());
        BodyContentHandler handler = new BodyContentHandler(new ContentHandlerDecorator(limited) {
            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                checkDeadline(deadline);
                super.characters(ch, start, length);
            }
        });
        Metadata metadata = new Metadata();
        metadata.set("resourceName", name);
        try (InputStream in = new DeadlineInputStream(source.open(), deadline)) {
            parser.parse(in, handler, metadata, context());
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new Refused("文件“" + name + "”的文字超过 " + properties.maxExtractedChars()
                        + " 个字符，无法完成个人信息检查，已拒绝上传；请拆分后再上传");
            }
            if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                throw timeout(name);
            }
            // a damaged file: keep whatever text came out before the damage
            log.warn("Text extraction of {} stopped: {}", name, e.toString());
        }
        return text.toString().strip();
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        context.set(Parser.class, parser); // embedded documents (e.g. a sheet inside a DOCX) are read too
        return context;
    }

    private static void checkDeadline(long deadline) throws SAXException {
        if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
            throw new SAXException("text extraction time limit reached");
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Stops a parser that keeps reading after the deadline. */
    private static final class DeadlineInputStream extends FilterInputStream {
        private final long deadline;

        DeadlineInputStream(InputStream in, long deadline) {
            super(in);
            this.deadline = deadline;
        }

        private void check() throws IOException {
            if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("text extraction time limit reached");
            }
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            return super.read(b, off, len);
        }
    }
}
