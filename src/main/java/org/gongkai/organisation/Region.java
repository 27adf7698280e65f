package org.gongkai.organisation;

/** A 行政区划 node: county, township or village, with its 12-digit division code. */
public record Region(Long id, String code, String name, RegionLevel level, Long parentId) {}
