package org.gongkai.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/** A request body read to at most a given number of bytes: beyond it, {@code PAYLOAD_TOO_LARGE} at field {@code file}. */
public final class BoundedInput extends FilterInputStream {

    private final long max;
    private long read;

    private BoundedInput(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    public static InputStream of(InputStream in, long maxBytes) {
        return new BoundedInput(in, maxBytes);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > max) {
            throw new GongkaiException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "一次最多提交" + (max / (1024 * 1024)) + "MB，请拆分文件", "file");
        }
    }
}
