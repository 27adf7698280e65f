package org.gongkai.supervision.submissions;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** supsub's console links (1540–1559): submissions, their rankings and bulletin issues; evaluations; the meeting. */
@Component
class SubmissionConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(new Item("政务信息报送", "/console/supervision/submissions", 1540),
                new Item("信息报送排名", "/console/supervision/submissions/rankings", 1542),
                new Item("政务信息期刊", "/console/supervision/submission-issues", 1544),
                new Item("社会评议", "/console/supervision/evaluations", 1550),
                new Item("碰头会", "/console/supervision/meetings", 1555));
    }
}
