package org.gongkai.services.items;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.commands.CommandContext;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.items.ItemCommands.ApproveItemVersion;
import org.gongkai.services.items.ItemCommands.RejectItemVersion;
import org.gongkai.services.items.ItemCommands.SaveItemDraft;
import org.gongkai.services.items.ItemCommands.SubmitItemVersion;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Editing an item's guide with review (issue #11, decision in docs/decisions): a service officer edits the items of
 * the units in its scope (the editor's content is read by {@link ItemLines} exactly like an import line and checked by
 * {@link ItemCheck}) and saves a draft version, then submits it; the service-hall director (政务服务中心主任, county-wide,
 * like the KPIs) approves it, which publishes the version, or rejects it with a reason. Nobody approves a version they
 * saved. Every step runs as a command ({@link ItemCommands}) through the one dispatcher, which audits it.
 */
@Service
public class ItemEditing {

    /** Who edits: the service officers of the item's unit. */
    public static final Role EDITOR = Role.SERVICE_OFFICER;
    /** Who reviews: the service-hall director, for every unit of the county. */
    public static final Role REVIEWER = Role.SERVICE_DIRECTOR;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One problem of the editor's content: the member (import column, form field) and a Chinese message. */
    public record Problem(String field, String message) {}

    /** The editor's content read: the content, or the problems (then the content is null). */
    public record Read(ItemContent content, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A row of the editor's list: the item, its published version and its latest version's number and status. */
    public record Overview(String code, String name, long unitId, int published, int latest, VersionStatus status) {}

    private final ServiceItemRepository items;
    private final ItemVersionRepository versions;
    private final ItemLookups lookups;
    private final StationRepository stations;
    private final UnitDirectory units;
    private final ServiceItemSettings settings;
    private final Clock clock;

    ItemEditing(ServiceItemRepository items, ItemVersionRepository versions, ItemLookups lookups,
            StationRepository stations, UnitDirectory units, ServiceItemSettings settings, Clock clock) {
        this.stations = stations;
        this.items = items;
        this.versions = versions;
        this.lookups = lookups;
        this.units = units;
        this.settings = settings;
        this.clock = clock;
    }

    /** The units whose items the actor edits. */
    public Set<Long> editableUnits(Actor actor) {
        return units.visibleUnits(actor, EDITOR);
    }

    public boolean mayReview(Actor actor) {
        return actor != null && actor.hasRole(REVIEWER);
    }

    /** The item, when the actor edits its unit; else 404 (recorded as refused access when it exists). */
    public ServiceItem editable(Actor actor, String code) {
        ServiceItem item = find(code);
        if (actor == null || !editableUnits(actor).contains(item.content().unitId())) {
            throw GongkaiException.outOfScope("ServiceItem", code);
        }
        return item;
    }

    /** The item, when the actor edits or reviews it; else 404. */
    public ServiceItem readable(Actor actor, String code) {
        ServiceItem item = find(code);
        if (mayReview(actor)) {
            return item;
        }
        return editable(actor, code);
    }

    /** The item for a reviewer: FORBIDDEN without the director's role, 404 for an unknown item. */
    ServiceItem reviewable(Actor actor, String code) {
        if (!mayReview(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有政务服务中心主任可以审核办事指南");
        }
        return find(code);
    }

    private ServiceItem find(String code) {
        if (code == null || !ItemCheck.CODE.matcher(code).matches()) {
            throw GongkaiException.notFound();
        }
        return items.findByCode(code).orElseThrow(GongkaiException::notFound);
    }

    /** Unit and station names for {@link ItemDiff}. */
    public ItemDiff.Names names() {
        return new ItemDiff.Names(id -> units.findById(id).map(UnitDirectory.UnitView::name).orElse("—"),
                id -> stations.findById(id).map(s -> s.name() + "（" + s.code() + "）").orElse("—"));
    }

    /** Every version of the item, newest first. */
    public List<ItemVersion> versions(ServiceItem item) {
        return versions.list(item.id());
    }

    public Optional<ItemVersion> version(ServiceItem item, int version) {
        return versions.find(item.id(), version);
    }

    /** The newest version (the import's first one at least). */
    public ItemVersion latest(ServiceItem item) {
        return versions.latest(item.id()).orElseThrow(GongkaiException::notFound);
    }

    /** The items the actor edits (all for a reviewer) whose name or code contains {@code q}, those in review first. */
    public List<Overview> overview(Actor actor, String q) {
        return versions.overview(mayReview(actor) ? null : editableUnits(actor), q, 500);
    }

    /** Item codes waiting for the actor's review (empty for anyone but a reviewer). */
    public List<String> waitingForReview(Actor actor) {
        if (!mayReview(actor)) {
            return List.of();
        }
        List<Long> all = new ArrayList<>();
        units.findAll().forEach(u -> all.add(u.id()));
        return versions.inReview(all);
    }

    /**
     * Reads the editor's content (a JSON object with the members of an import line) for the item, with the actor's
     * units as the scope of the implementing unit; every problem is returned by its member.
     */
    public Read read(Actor actor, String code, String json) {
        List<Problem> problems = new ArrayList<>();
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            return new Read(null, List.of(new Problem("", "内容不是有效的 JSON 对象")));
        }
        if (node == null || !node.isObject()) {
            return new Read(null, List.of(new Problem("", "内容应为一个 JSON 对象")));
        }
        ObjectNode object = (ObjectNode) node;
        JsonNode given = object.get("code");
        if (given != null && !(given.isString() && code.equals(given.asString()))) {
            problems.add(new Problem("code", "事项编码不能修改（应为“" + code + "”）"));
        }
        object.put("code", code);
        Set<Long> scope = editableUnits(actor);
        Optional<ItemLines.Line> line = new ItemLines(lookups, scope::contains, settings)
                .read(1, JSON.writeValueAsString(object), (f, m) -> problems.add(new Problem(f, m)));
        return problems.isEmpty() && line.isPresent() ? new Read(line.get().content(), List.of())
                : new Read(null, List.copyOf(problems));
    }

    ItemVersion save(SaveItemDraft c, CommandContext ctx) {
        Actor actor = ctx.requireActor();
        ServiceItem item = editable(actor, c.code());
        Read read = read(actor, c.code(), c.content());
        if (!read.ok()) {
            Problem first = read.problems().get(0);
            throw new GongkaiException(ErrorCode.ITEM_CONTENT_INVALID, String.join("；",
                    read.problems().stream().limit(20).map(Problem::message).toList()), first.field());
        }
        ItemVersion latest = versions.latestForUpdate(item.id()).orElseThrow(GongkaiException::notFound);
        ItemVersionLifecycle.TABLE.require(latest.status(), VersionAction.SAVE);
        if (c.baseVersion() != null && c.baseVersion() != latest.version()) {
            throw new GongkaiException(ErrorCode.VERSION_CONFLICT, "办事指南已有更新的版本（第" + latest.version()
                    + "版），请刷新后在新版本上修改");
        }
        Instant now = clock.instant();
        String note = blankToNull(c.note());
        if (latest.status() == VersionStatus.DRAFT) {
            versions.replaceDraft(latest.id(), read.content(), note, actor.username(), now);
            return versions.find(item.id(), latest.version()).orElseThrow();
        }
        items.insertVersion(item.id(), latest.version() + 1, VersionStatus.DRAFT, read.content(), note,
                actor.username(), now, null, null);
        return versions.find(item.id(), latest.version() + 1).orElseThrow();
    }

    ItemVersion submit(SubmitItemVersion c, CommandContext ctx) {
        ServiceItem item = editable(ctx.requireActor(), c.code());
        ItemVersion v = latestNamed(item, c.version(), VersionAction.SUBMIT);
        versions.submit(v.id());
        return versions.find(item.id(), v.version()).orElseThrow();
    }

    ItemVersion approve(ApproveItemVersion c, CommandContext ctx) {
        Actor actor = ctx.requireActor();
        ServiceItem item = reviewable(actor, c.code());
        ItemVersion v = latestNamed(item, c.version(), VersionAction.APPROVE);
        if (Objects.equals(v.createdBy(), actor.username())) {
            throw new GongkaiException(ErrorCode.ITEM_OWN_VERSION);
        }
        Instant now = clock.instant();
        versions.review(v.id(), VersionStatus.APPROVED, actor.username(), now, blankToNull(c.note()));
        items.update(item.id(), v.content(), v.version(), actor.username(), now);
        ctx.publish(new ServiceItemPublished(item.id(), item.code(), v.version()));
        return versions.find(item.id(), v.version()).orElseThrow();
    }

    ItemVersion reject(RejectItemVersion c, CommandContext ctx) {
        Actor actor = ctx.requireActor();
        ServiceItem item = reviewable(actor, c.code());
        ItemVersion v = latestNamed(item, c.version(), VersionAction.REJECT);
        versions.review(v.id(), VersionStatus.REJECTED, actor.username(), clock.instant(), c.reason().strip());
        return versions.find(item.id(), v.version()).orElseThrow();
    }

    /** The named version, which must be the latest (older ones are settled) and allow the action now. */
    private ItemVersion latestNamed(ServiceItem item, int version, VersionAction action) {
        ItemVersion latest = versions.latestForUpdate(item.id()).orElseThrow(GongkaiException::notFound);
        if (version > latest.version()) {
            throw GongkaiException.notFound();
        }
        if (version != latest.version()) {
            throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED, "第" + version + "版不是最新版本（最新为第"
                    + latest.version() + "版），不能" + action.label());
        }
        ItemVersionLifecycle.TABLE.require(latest.status(), action);
        return latest;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
