package org.gongkai.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.hotline.HotlineSettings;
import org.gongkai.hotline.PublicTickets;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/** With {@code gongkai.hotline.public-list} off, the public list and the public ticket page are 404 and read nothing. */
class HotlinePublicPagesSettingTest {

    @Test
    void bothPagesAreNotFoundWhenTheSettingIsOff() {
        PublicTickets tickets = mock(PublicTickets.class);
        when(tickets.listEnabled()).thenReturn(false);
        HotlinePublicPages pages = new HotlinePublicPages(tickets, HotlineSettings.defaults());
        assertThatThrownBy(() -> pages.list(null, null, 1, new ExtendedModelMap()))
                .isInstanceOfSatisfying(GongkaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> pages.one("RX20260615000001", new ExtendedModelMap()))
                .isInstanceOfSatisfying(GongkaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        verify(tickets, times(2)).listEnabled();
        verifyNoMoreInteractions(tickets);
    }
}
