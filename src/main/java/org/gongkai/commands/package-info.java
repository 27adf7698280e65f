/**
 * Commands: every staff action of a case-handling module is a command record, handled by one
 * {@link org.gongkai.commands.CommandHandler} and run by the one {@link org.gongkai.commands.CommandDispatcher},
 * which does authorisation, validation, the transition, the audit record (success and refusal) and the
 * events, in that order, in one transaction per command. Console pages and the API dispatch the same
 * commands.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commands", allowedDependencies = { "common", "audit" })
package org.gongkai.commands;
