package org.gongkai.commands;

import java.util.Locale;

/** The one naming convention: {@code DecideRequest} → audit action {@code DECIDE_REQUEST}. */
public final class CommandNames {

    private CommandNames() {}

    public static String auditAction(Class<?> commandType) {
        return upperSnake(commandType.getSimpleName());
    }

    static String upperSnake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(camel.charAt(i - 1))
                    || (i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1))))) {
                out.append('_');
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
