package org.gongkai.web;

import tools.jackson.core.JacksonException;

/** The JSON member a body's parse error is about ({@code applicant.email}, {@code events[2].on}), or null. */
final class JsonPaths {

    private JsonPaths() {}

    static String field(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference ref : jackson.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                String clean = path.toString().replaceAll("[^\\x21-\\x7e]", "");
                return clean.isEmpty() ? null : clean.length() > 100 ? clean.substring(0, 100) : clean;
            }
        }
        return null;
    }
}
