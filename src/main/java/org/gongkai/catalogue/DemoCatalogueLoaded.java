package org.gongkai.catalogue;

/**
 * The demo catalogue's documents are written (demo mode): published in the loader's transaction, so a
 * {@code @TransactionalEventListener} sees them committed. Demo content built on the county's documents (the gazette's
 * issues) starts from it.
 */
public record DemoCatalogueLoaded(int countyDocuments) {}
