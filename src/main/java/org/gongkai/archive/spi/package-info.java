/**
 * What a module implements to take part in the full export and import ({@link org.gongkai.archive.spi.ArchiveContribution}),
 * and the event that an import finished ({@link org.gongkai.archive.spi.ArchiveImported}).
 */
@org.springframework.modulith.NamedInterface("spi")
package org.gongkai.archive.spi;
