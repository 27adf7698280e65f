/**
 * Files. Owns: `files_file`; bytes as blobs `ab/cd/<sha256>` (stored once per content, SM4-encrypted at rest with
 * their cached text and derived artifacts such as table previews) in a folder (`<data-dir>/files` or
 * `gongkai.files.dir`) or an S3-compatible bucket (`gongkai.files.store=s3`, SigV4 on the JDK HTTP client); type detection by content (Tika);
 * one attachment policy (types per `AttachmentPurpose`, sizes from `gongkai.files.max-bytes.*`, `UploadNames`
 * cleaning); bounded work per upload (zip expansion and ratio inflated before parsing, extracted characters, wall
 * time on a bounded executor). Publishes: `FileStore`, `AttachmentPolicy`, `AttachmentPurpose`, `UploadNames`,
 * `FilesProperties`.
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files", allowedDependencies = { "archive::spi", "common", "audit" })
package org.gongkai.files;
