/**
 * Files. Owns: `files_file`; bytes under `<data-dir>/files/ab/cd/<sha256>` (stored once per content, SM4-encrypted
 * at rest with their cached text); type detection by content (Tika), text extraction (cached). Publishes:
 * `FileStore`.
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files", allowedDependencies = { "common", "audit" })
package org.gongkai.files;
