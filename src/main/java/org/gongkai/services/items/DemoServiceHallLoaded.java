package org.gongkai.services.items;

/**
 * Published inside the transaction in which {@link DemoServiceHall} wrote the demo county's stations and items (demo
 * mode only), so that demo data built on them (a year of cases and ratings) can follow after commit.
 */
public record DemoServiceHallLoaded(int stations, int items) {}
