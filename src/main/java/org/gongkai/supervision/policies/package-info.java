/**
 * Supervision's figure for policy interpretations on time ({@code POLICY_INTERPRETED_ON_TIME_RATE}, issue #16), read
 * from catalogue's published statistics.
 */
package org.gongkai.supervision.policies;
