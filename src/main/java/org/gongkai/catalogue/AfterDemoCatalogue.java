package org.gongkai.catalogue;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo loader of another module whose content builds on the county's demo documents (the gazette's issues, the
 * consultations, supervision): it loads after the demo catalogue has committed ({@link DemoCatalogueLoaded}) and, for
 * an installation whose catalogue was loaded on an earlier start, when the application is ready. Each part it writes
 * runs in a transaction of its own ({@link #each}); {@link #loadIfEmpty()} decides whether there is anything to do.
 */
public abstract class AfterDemoCatalogue {

    /** A new transaction for each part the loader writes. */
    protected final TransactionTemplate each;

    protected AfterDemoCatalogue(PlatformTransactionManager tx) {
        this.each = new TransactionTemplate(tx);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    public void onDemoCatalogue(DemoCatalogueLoaded loaded) {
        loadIfEmpty();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        loadIfEmpty();
    }

    /** Writes the demo content unless demo mode is off or it is there already (called more than once). */
    protected abstract void loadIfEmpty();
}
