package org.gongkai.organisation;

import java.util.Set;

/** What a system administrator enters for a staff record: identity, contact and the units they belong to. */
public record StaffDetails(String username, String displayName, String mobile, boolean active, Set<Long> unitIds) {}
