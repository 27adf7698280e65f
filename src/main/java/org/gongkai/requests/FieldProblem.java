package org.gongkai.requests;

/** A Chinese message for one input field. */
public record FieldProblem(String field, String message) {}
