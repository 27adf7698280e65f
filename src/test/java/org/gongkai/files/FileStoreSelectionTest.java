package org.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code gongkai.files.store} picks the store behind the files port: the folder by default ({@code gongkai.files.dir}
 * or {@code <data-dir>/files}), an S3-compatible bucket when configured (its contract runs in {@code files-s3/});
 * bad settings and an unreachable bucket stop the start with the setting's name, never showing the secret key.
 */
class FileStoreSelectionTest {

    @TempDir
    Path dir;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({FileStorageProperties.class, GongkaiProperties.class})
    static class Beans {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        FieldCipher fieldCipher(GongkaiProperties properties) {
            return new FieldCipher(properties);
        }
    }

    ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withUserConfiguration(Beans.class, FileStorageConfiguration.class)
                .withPropertyValues("gongkai.data-dir=" + dir, "gongkai.sm4-key=0123456789abcdef0123456789abcdef");
    }

    @Test
    void theFolderByDefaultAndTheConfiguredFolder() {
        runner().run(context -> assertThat(((FolderBlobStore) context.getBean(BlobStore.class)).root())
                .isEqualTo(dir.resolve("files")));
        runner().withPropertyValues("gongkai.files.dir=" + dir.resolve("shared"))
                .run(context -> assertThat(((FolderBlobStore) context.getBean(BlobStore.class)).root())
                        .isEqualTo(dir.resolve("shared")));
    }

    @Test
    void anUnreachableBucketStopsTheStartSayingWhereWithoutTheSecret() {
        runner().withPropertyValues("gongkai.files.store=s3", "gongkai.files.s3.endpoint=http://127.0.0.1:19399",
                        "gongkai.files.s3.bucket=gongkai-files", "gongkai.files.s3.access-key=gongkai",
                        "gongkai.files.s3.secret-key=s3cret-key-value", "gongkai.files.s3.timeout=2s")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("the S3 bucket gongkai-files at http://127.0.0.1:19399")
                        .hasStackTraceContaining("gongkai.files.store=s3")
                        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("s3cret-key-value")));
    }

    @Test
    void badSettingsStopTheStartNamingTheSetting() {
        runner().withPropertyValues("gongkai.files.store=ftp").run(context -> assertThat(context)
                .hasFailed().getFailure().hasStackTraceContaining("gongkai.files.store"));
        runner().withPropertyValues("gongkai.files.store=s3").run(context -> assertThat(context)
                .hasFailed().getFailure().hasStackTraceContaining("gongkai.files.s3.endpoint"));
        FileStorageProperties.S3 noBucket = new FileStorageProperties.S3(URI.create("https://minio:9000"), null,
                "Gongkai_Files", "k", "s", null, null, null);
        assertThatThrownBy(noBucket::validated).hasMessageContaining("gongkai.files.s3.bucket");
        FileStorageProperties.S3 noSecret = new FileStorageProperties.S3(URI.create("https://minio:9000"), null,
                "gongkai-files", "k", " ", null, null, null);
        assertThatThrownBy(noSecret::validated).hasMessageContaining("gongkai.files.s3.secret-key");
        FileStorageProperties.S3 badPrefix = new FileStorageProperties.S3(URI.create("https://minio:9000"), null,
                "gongkai-files", "k", "s", null, "../up", null);
        assertThatThrownBy(badPrefix::validated).hasMessageContaining("gongkai.files.s3.prefix");
        assertThat(new FileStorageProperties.S3(URI.create("https://minio:9000"), null, "gongkai-files", "k",
                "s3cret-key-value", null, null, null).toString()).doesNotContain("s3cret-key-value")
                .contains("region=us-east-1", "pathStyle=true");
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
