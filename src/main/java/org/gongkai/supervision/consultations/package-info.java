/**
 * Supervision's figure for consultations without a published feedback report ({@code CONSULTATIONS_WITHOUT_FEEDBACK},
 * issue #16), read from the consultations module's published reader.
 */
package org.gongkai.supervision.consultations;
