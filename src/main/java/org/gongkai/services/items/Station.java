package org.gongkai.services.items;

import org.gongkai.services.ServiceLevel;

/**
 * A place where cases are taken in (RULES §5): the county's service centre, a township's 便民服务中心 or a village's
 * 便民服务站 with its agent (代办员). {@code unitId} is the unit it belongs to (the centre, the township government, the
 * village committee); its code is stable (the unit's region code in the demo county).
 */
public record Station(long id, String code, String name, ServiceLevel level, long unitId, String address,
        String hours, String phone, String agentName, boolean active) {}
