package org.gongkai.search.web;

import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.search.AnsweredQuestions;
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
    private final AnsweredQuestions answered;

    SearchConsoleController(SearchIndexing indexing, Synonyms synonyms, ZeroResults zeroResults,
            AnsweredQuestions answered) {
        this.answered = answered;
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
        redirect.addFlashAttribute("message", "索引已重建，共 " + count + " 条（公开文件和办事指南）");
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

    @GetMapping("/answered")
    String answered(@RequestParam(name = "q", required = false) String q, Model model) {
        String text = q == null ? null : q.strip();
        if (text != null && text.length() > AnsweredQuestions.MAX_QUESTION) {
            model.addAttribute("errorField", "q");
            model.addAttribute("errorMessage", "检索词最多" + AnsweredQuestions.MAX_QUESTION + "个字符");
            text = null;
        }
        model.addAttribute("q", q);
        model.addAttribute("entries", answered.list(text, null, 0, 100));
        return "search/answered";
    }

    @PostMapping("/answered")
    String addAnswered(@RequestParam(required = false) String question,
            @RequestParam(required = false) String indexNumbers, @RequestParam(required = false) String source,
            Model model, RedirectAttributes redirect) {
        try {
            answered.add(Actor.require(), question, indexNumbers, source);
            redirect.addFlashAttribute("message", "已添加已答复问题：" + question);
            return "redirect:/console/search/answered";
        } catch (GongkaiException e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", e.getMessage());
            model.addAttribute("typedQuestion", question);
            model.addAttribute("typedNumbers", indexNumbers);
            model.addAttribute("typedSource", source);
            return answered(null, model);
        }
    }

    @PostMapping("/answered/{id}/delete")
    String deleteAnswered(@PathVariable long id, RedirectAttributes redirect) {
        answered.delete(id);
        redirect.addFlashAttribute("message", "已删除该已答复问题");
        return "redirect:/console/search/answered";
    }

    @GetMapping("/zero-results")
    String zeroResults(Model model) {
        model.addAttribute("entries", zeroResults.recent(200));
        return "search/zero-results";
    }
}
