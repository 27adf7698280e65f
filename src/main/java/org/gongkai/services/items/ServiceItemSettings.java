package org.gongkai.services.items;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local choices for service items ({@code gongkai.services.items.*}).
 *
 * @param types      the item types (事项类型) with their codes; default RULES §5's list with local codes
 *                   01–12 (the codes are a setting: a province's catalogue numbers them its own way)
 * @param lifeEvents the life events (人生事件) the portal lists guides by
 */
@ConfigurationProperties("gongkai.services.items")
public record ServiceItemSettings(List<ItemType> types, List<String> lifeEvents) {

    /** One item type: its code in the catalogue and its Chinese name (what imports and pages use). */
    public record ItemType(String code, String name) {}

    static final List<ItemType> DEFAULT_TYPES = List.of(new ItemType("01", "行政许可"), new ItemType("02", "行政处罚"),
            new ItemType("03", "行政强制"), new ItemType("04", "行政征收"), new ItemType("05", "行政给付"),
            new ItemType("06", "行政检查"), new ItemType("07", "行政确认"), new ItemType("08", "行政奖励"),
            new ItemType("09", "行政裁决"), new ItemType("10", "其他行政权力"), new ItemType("11", "公共服务"),
            new ItemType("12", "行政备案"));

    static final List<String> DEFAULT_LIFE_EVENTS = List.of("出生", "上学", "就业", "创业", "婚育", "住房", "就医",
            "社会保障", "养老", "残疾人服务", "退役", "农业生产", "身后事");

    public ServiceItemSettings {
        types = types == null || types.isEmpty() ? DEFAULT_TYPES : List.copyOf(types);
        lifeEvents = lifeEvents == null || lifeEvents.isEmpty() ? DEFAULT_LIFE_EVENTS : List.copyOf(lifeEvents);
    }

    public static ServiceItemSettings defaults() {
        return new ServiceItemSettings(null, null);
    }

    /** The type with this Chinese name. */
    public Optional<ItemType> type(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public List<String> typeNames() {
        return types.stream().map(ItemType::name).toList();
    }
}
