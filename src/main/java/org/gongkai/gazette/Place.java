package org.gongkai.gazette;

/** A place on the distribution list and the copies of each issue it receives. */
public record Place(long id, String name, PlaceKind kind, String address, int copies, boolean active) {}
