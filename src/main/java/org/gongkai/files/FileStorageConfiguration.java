package org.gongkai.files;

import java.time.Clock;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store behind the files port: the folder {@code gongkai.files.dir} (default {@code <data-dir>/files}) unless
 * {@code gongkai.files.store=s3} names a bucket (decision 030). An S3 store is checked at start (the bucket is there
 * and the keys are accepted): an instance that cannot reach it does not start.
 */
@Configuration(proxyBeanMethods = false)
class FileStorageConfiguration {

    @Bean
    BlobStore filesBlobStore(FileStorageProperties storage, GongkaiProperties properties, Clock clock) {
        return switch (storage.store()) {
            case LOCAL -> FolderBlobStore.of(properties, storage.dir());
            case S3 -> S3BlobStore.connect(storage.s3().validated(), properties.dataDir().resolve("tmp").resolve("files"),
                    clock);
        };
    }

    @Bean
    StoredContents storedContents(BlobStore filesBlobStore, FieldCipher cipher) {
        return new StoredContents(filesBlobStore, cipher);
    }
}
