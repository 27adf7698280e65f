package org.gongkai.gazette;

/** An issue of the gazette came out (published with the dispatcher's audit record, persisted by Spring Modulith). */
@org.springframework.modulith.NamedInterface("events")
public record GazetteIssuePublished(long issueId, int year, int number) {}
