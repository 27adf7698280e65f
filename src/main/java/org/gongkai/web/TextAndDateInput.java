package org.gongkai.web;

import java.time.LocalDate;
import java.util.Locale;
import org.gongkai.common.DateRange;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text and dates as they enter through JSON bodies and query parameters: every JSON string is checked like a
 * form field ({@link InputBounds#invalidAt}: no NUL, control characters or lone surrogates; bounded length),
 * and every {@link LocalDate} — JSON member, query parameter, form field bound to a date — is parsed strictly
 * ({@code YYYY-MM-DD}) and must be inside the platform's {@link DateRange}. A refusal is a
 * {@link GongkaiException}, which the exception handler answers with 400 at the field.
 */
@Configuration(proxyBeanMethods = false)
class TextAndDateInput implements WebMvcConfigurer {

    @Bean
    JacksonModule boundedTextAndDates() {
        SimpleModule module = new SimpleModule("gongkai-input-bounds");
        module.addDeserializer(String.class, new BoundedString());
        module.addDeserializer(LocalDate.class, new BoundedDate());
        return module;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new DateFormatter());
    }

    static final class BoundedString extends ValueDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null) {
                if (value.length() > InputBounds.MAX_VALUE_LENGTH) {
                    throw new GongkaiException(ErrorCode.TOO_LONG, "内容过长，不能超过" + InputBounds.MAX_VALUE_LENGTH + "个字", null);
                }
                if (InputBounds.invalidAt(value) >= 0) {
                    throw new GongkaiException(ErrorCode.INVALID_CHARACTERS, ErrorCode.INVALID_CHARACTERS.message(), null);
                }
            }
            return value;
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            return null;
        }
    }

    static final class BoundedDate extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new GongkaiException(ErrorCode.INVALID_DATE, "日期应为 \"YYYY-MM-DD\" 格式的字符串", null);
            }
            return DateRange.current().parse(null, p.getString());
        }
    }

    static final class DateFormatter implements Formatter<LocalDate> {
        @Override
        public LocalDate parse(String text, Locale locale) {
            return DateRange.current().parse(null, text);
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return date.toString();
        }
    }
}
