package org.gongkai.files;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the files module keeps its bytes ({@code gongkai.files.*}; decision 030): a folder (the default) or an
 * S3-compatible bucket.
 *
 * @param store {@code local} (default: the folder {@code dir}) or {@code s3} (the bucket {@code s3})
 * @param dir   the folder when {@code store=local}: default {@code <data-dir>/files}; several instances point it at one
 *              shared mount
 * @param s3    the bucket when {@code store=s3}
 */
@ConfigurationProperties("gongkai.files")
record FileStorageProperties(Store store, String dir, S3 s3) {

    enum Store { LOCAL, S3 }

    FileStorageProperties {
        store = store == null ? Store.LOCAL : store;
        s3 = s3 == null ? new S3(null, null, null, null, null, null, null, null) : s3;
    }

    /**
     * An S3-compatible object store (MinIO, Ceph RGW, a cloud's object storage, AWS S3), signed with AWS Signature
     * Version 4.
     *
     * @param endpoint  base address, e.g. {@code https://minio.example.gov.cn:9000} or {@code https://s3.cn-north-1.amazonaws.com.cn}
     * @param region    signing region (default {@code us-east-1}, what MinIO and most compatible stores expect)
     * @param bucket    the bucket (created beforehand by the operator)
     * @param accessKey access key id
     * @param secretKey secret access key (never logged)
     * @param pathStyle {@code true} (default): {@code <endpoint>/<bucket>/<key>}, as MinIO and most compatible stores
     *                  want; {@code false}: virtual-hosted {@code <bucket>.<endpoint host>/<key>}
     * @param prefix    optional folder inside the bucket, e.g. {@code county-990101/} (one bucket for many counties)
     * @param timeout   longest wait for one request (default 60 s)
     */
    record S3(URI endpoint, String region, String bucket, String accessKey, String secretKey, Boolean pathStyle,
            String prefix, Duration timeout) {

        static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
        static final Pattern PREFIX = Pattern.compile("([A-Za-z0-9._-]{1,100}/){0,5}");

        S3 {
            region = region == null || region.isBlank() ? "us-east-1" : region.strip();
            pathStyle = pathStyle == null || pathStyle;
            prefix = prefix == null ? "" : prefix.strip();
            timeout = timeout == null || timeout.isNegative() || timeout.isZero() ? Duration.ofSeconds(60) : timeout;
        }

        /** Refuses to start with settings that cannot work, naming the setting (never showing the secret). */
        S3 validated() {
            if (endpoint == null || endpoint.getHost() == null
                    || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))
                    || (endpoint.getRawQuery() != null)) {
                throw new IllegalStateException("gongkai.files.s3.endpoint must be an http(s) address when "
                        + "gongkai.files.store=s3 (got " + endpoint + ")");
            }
            if (bucket == null || !BUCKET.matcher(bucket).matches()) {
                throw new IllegalStateException("gongkai.files.s3.bucket must be a bucket name: 3–63 lower-case "
                        + "letters, digits, '.' or '-' (got " + bucket + ")");
            }
            if (accessKey == null || accessKey.isBlank() || secretKey == null || secretKey.isBlank()) {
                throw new IllegalStateException("gongkai.files.s3.access-key and gongkai.files.s3.secret-key must "
                        + "be set when gongkai.files.store=s3");
            }
            if (!PREFIX.matcher(prefix).matches()) {
                throw new IllegalStateException("gongkai.files.s3.prefix must be empty or folder names ending "
                        + "with '/' (letters, digits, '.', '_', '-'), e.g. county-990101/ (got " + prefix + ")");
            }
            return this;
        }

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey=" + accessKey
                    + ", secretKey=" + (secretKey == null ? "" : "***") + ", pathStyle=" + pathStyle + ", prefix="
                    + prefix + ", timeout=" + timeout + "]";
        }
    }
}
