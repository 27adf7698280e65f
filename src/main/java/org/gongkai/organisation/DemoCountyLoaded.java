package org.gongkai.organisation;

import java.util.List;

/**
 * Published (synchronously, inside the loading transaction) after the demo county's units and staff were
 * written to an empty database; identity reacts by creating the demo accounts and their credentials file.
 */
@org.springframework.modulith.NamedInterface("events")
public record DemoCountyLoaded(List<Long> staffIds) {}
