package org.gongkai.services.cases;

/**
 * A condition a received case must meet before it is accepted, beyond its lifecycle (the desk's materials check is
 * one: no acceptance while a required material is missing). Run by the accept command before the transition.
 */
public interface AcceptanceCheck {

    /** Throws a {@code GongkaiException} with a stable code and a Chinese message when the case may not be accepted. */
    void beforeAccept(long caseId, long itemId);
}
