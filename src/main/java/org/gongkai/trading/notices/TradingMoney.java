package org.gongkai.trading.notices;

import org.springframework.stereotype.Component;

/** Amounts on the trading pages ({@code ${@tradingMoney.yuan(fen)}}): fen as 元 with two decimals. */
@Component("tradingMoney")
public class TradingMoney {

    public String yuan(Long fen) {
        return fen == null ? "—" : NoticeDocuments.yuan(fen);
    }
}
