package org.gongkai.search;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** Search administration in the console menu. */
@Component
class SearchConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(
                new Item("搜索管理", "/console/search", 200),
                new Item("同义词", "/console/search/synonyms", 210),
                new Item("无结果搜索词", "/console/search/zero-results", 220),
                new Item("已答复问题", "/console/search/answered", 230));
    }
}
