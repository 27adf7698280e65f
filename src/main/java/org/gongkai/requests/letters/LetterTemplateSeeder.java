package org.gongkai.requests.letters;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Seeds the letter templates from the shipped defaults on first start. */
@Component
class LetterTemplateSeeder implements ApplicationRunner {

    private final LetterTemplates templates;

    LetterTemplateSeeder(LetterTemplates templates) {
        this.templates = templates;
    }

    @Override
    public void run(ApplicationArguments args) {
        templates.seedDefaults();
    }
}
