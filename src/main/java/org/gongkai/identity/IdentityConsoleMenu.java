package org.gongkai.identity;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** Accounts, tokens and the password page in the console menu. */
@Component
class IdentityConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(
                new Item("账号与安全", "/console/identity/accounts", 400),
                new Item("我的令牌", "/console/identity/tokens", 410),
                new Item("修改密码", "/console/identity/password", 420));
    }
}
