/**
 * Shared kernel: the few types every module speaks in — stable error codes, the role vocabulary, the
 * current actor, access rules that each module declares for its endpoints, the clock and field
 * encryption. Kept deliberately small; anything with behaviour of its own belongs to a capability.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gongkai.common;
