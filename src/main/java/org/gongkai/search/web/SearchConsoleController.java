package org.gongkai.search.web;

import org.gongkai.common.GongkaiException;
import org.gongkai.search.SearchIndexing;
import org.gongkai.search.Synonyms;
import org.gongkai.search.ZeroResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Search administration: index status and rebuild, the synonym list, the zero-result searches. */
@Controller
@RequestMapping("/console/search")
class SearchConsoleController {

    private final SearchIndexing indexing;
    private final Synonyms synonyms;
    private final ZeroResults zeroResults;

    SearchConsoleController(SearchIndexing indexing, Synonyms synonyms, ZeroResults zeroResults) {
        this.indexing = indexing;
        this.synonyms = synonyms;
        this.zeroResults = zeroResults;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("indexed", indexing.indexedCount());
        return "search/console-index";
    }

    @PostMapping("/rebuild")
    String rebuild(RedirectAttributes redirect) {
        long count = indexing.rebuild();
        redirect.addFlashAttribute("message", "索引已重建，共 " + count + " 篇公开文件");
        return "redirect:/console/search";
    }

    @GetMapping("/synonyms")
    String synonyms(Model model) {
        model.addAttribute("groups", synonyms.groups());
        return "search/synonyms";
    }

    @PostMapping("/synonyms")
    String addSynonyms(@RequestParam(required = false) String terms, Model model, RedirectAttributes redirect) {
        try {
            Synonyms.Group group = synonyms.add(terms);
            redirect.addFlashAttribute("message", "已添加同义词组：" + String.join("、", group.terms()));
            return "redirect:/console/search/synonyms";
        } catch (GongkaiException e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", e.getMessage());
            model.addAttribute("typedTerms", terms);
            return synonyms(model);
        }
    }

    @PostMapping("/synonyms/{id}/delete")
    String deleteSynonyms(@PathVariable long id, RedirectAttributes redirect) {
        synonyms.delete(id);
        redirect.addFlashAttribute("message", "已删除同义词组");
        return "redirect:/console/search/synonyms";
    }

    @GetMapping("/zero-results")
    String zeroResults(Model model) {
        model.addAttribute("entries", zeroResults.recent(200));
        return "search/zero-results";
    }
}
