package org.gongkai.organisation;

/** A new region: its code, name, level and (except for the county) the parent's code. */
public record RegionDetails(String code, String name, RegionLevel level, String parentCode) {}
