package org.gongkai.hotline;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.hotline.HotlineCommands.Taken;
import org.gongkai.hotline.HotlineCommands.TicketInput;
import org.springframework.stereotype.Component;

/**
 * Takes a ticket in from any channel: checks what the caller gave, numbers the ticket, issues its query code (shown
 * once, stored as a keyed digest) and starts its clock.
 */
@Component
class HotlineIntake {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[0-9][0-9-]{5,18}[0-9]");

    private final TicketRepository tickets;
    private final TicketActions actions;
    private final HotlineSettings settings;
    private final FieldCipher cipher;
    private final SecureRandom random = new SecureRandom();

    HotlineIntake(TicketRepository tickets, TicketActions actions, HotlineSettings settings, FieldCipher cipher) {
        this.tickets = tickets;
        this.actions = actions;
        this.settings = settings;
        this.cipher = cipher;
    }

    /** A ticket stored with its receipt, and the event to publish. */
    record Created(Ticket ticket, Taken taken, HotlineEvents.TicketReceived received) {}

    Created take(TicketInput in, TicketChannel channel, boolean staff, Instant at, String by) {
        Ticket.Intake intake = check(in, channel, staff);
        Ticket t = Ticket.received(newNumber(at), intake, at, false, by);
        actions.recount(t);
        String code = newQueryCode();
        Ticket stored = tickets.insert(t, queryHash(t.number(), code), code, (u, when) -> when,
                actions.now());
        Taken taken = new Taken(stored.number(), code, stored.receivedAt(), stored.dueOn());
        return new Created(stored, taken, new HotlineEvents.TicketReceived(stored.number(), intake.category(),
                channel.name(), stored.receivedAt(), stored.dueOn()));
    }

    /** Checks and normalises the caller's input; the first problem is refused at its field. */
    Ticket.Intake check(TicketInput in, TicketChannel channel, boolean staff) {
        String category = trim(in.category());
        if (category == null) {
            throw GongkaiException.invalid("category", "请选择诉求类别");
        }
        category = category.toUpperCase(java.util.Locale.ROOT);
        if (!settings.knows(category)) {
            throw new GongkaiException(ErrorCode.HOTLINE_UNKNOWN_CATEGORY, "诉求类别不正确：" + in.category(), "category");
        }
        Urgency urgency = Urgency.NORMAL;
        if (staff && trim(in.urgency()) != null) {
            try {
                urgency = Urgency.valueOf(in.urgency().trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw GongkaiException.invalid("urgency", "紧急程度应为 NORMAL、URGENT 或 CRITICAL");
            }
        }
        String title = trim(in.title());
        String content = trim(in.content());
        if (content == null) {
            throw GongkaiException.invalid("content", "请填写诉求内容");
        }
        if (title == null) {
            if (!staff) {
                throw GongkaiException.invalid("title", "请填写诉求标题");
            }
            title = content.codePointCount(0, content.length()) <= 30 ? content
                    : content.substring(0, content.offsetByCodePoints(0, 30));
        }
        String name = trim(in.callerName());
        String phone = trim(in.callerPhone());
        if (phone != null) {
            phone = phone.replace(" ", "");
            if (!PHONE.matcher(phone).matches()) {
                throw GongkaiException.invalid("caller.phone", "联系电话格式不正确");
            }
        }
        if (!staff && name == null) {
            throw GongkaiException.invalid("caller.name", "请填写姓名");
        }
        if (!staff && phone == null) {
            throw GongkaiException.invalid("caller.phone", "请填写联系电话，以便回访");
        }
        if (in.lat() != null && (in.lat().isNaN() || in.lat() < -90 || in.lat() > 90)) {
            throw GongkaiException.invalid("lat", "纬度应在 -90 至 90 之间");
        }
        if (in.lon() != null && (in.lon().isNaN() || in.lon() < -180 || in.lon() > 180)) {
            throw GongkaiException.invalid("long", "经度应在 -180 至 180 之间");
        }
        if ((in.lat() == null) != (in.lon() == null)) {
            throw GongkaiException.invalid(in.lat() == null ? "lat" : "long", "经纬度须同时填写");
        }
        return new Ticket.Intake(category, urgency, channel, title, content, trim(in.topic()), trim(in.address()),
                in.lat(), in.lon(), name, phone, in.anonymous());
    }

    String newNumber(Instant at) {
        String day = at.atZone(TimeConfiguration.ZONE).toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        for (int attempt = 0; attempt < 20; attempt++) {
            String n = "RX" + day + String.format("%06d", random.nextInt(1_000_000));
            if (!tickets.numberTaken(n)) {
                return n;
            }
        }
        throw new GongkaiException(ErrorCode.INTERNAL_ERROR, "没有可用的工单编号，请稍后重试");
    }

    String newQueryCode() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            out.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return out.toString();
    }

    String queryHash(String number, String code) {
        return cipher.blindIndex("hotline-query:" + number + ":" + code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
