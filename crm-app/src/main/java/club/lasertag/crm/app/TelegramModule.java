package club.lasertag.crm.app;

import club.lasertag.crm.domain.port.out.DialogStates;
import club.lasertag.crm.domain.port.out.ProcessedUpdates;
import club.lasertag.crm.telegram.CrmBot;
import club.lasertag.crm.telegram.Features;
import club.lasertag.crm.telegram.UseCases;
import club.lasertag.crm.telegram.chat.Router;
import club.lasertag.crm.telegram.gateway.TelegramGateway;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.pengrad.telegrambot.TelegramBot;

import java.time.Clock;

/** The bot on a Bot API server: Telegram's, or the sandbox's emulator. */
final class TelegramModule extends AbstractModule {

    private final String token;
    private final String apiBaseUrl;

    /** @param apiBaseUrl the Bot API server, such as {@code https://api.telegram.org}; {@code /bot} is appended */
    TelegramModule(String token, String apiBaseUrl) {
        this.token = token;
        this.apiBaseUrl = apiBaseUrl;
    }

    @Provides
    @Singleton
    TelegramBot telegramBot() {
        return new TelegramBot.Builder(token).apiUrl(apiBaseUrl + "/bot").build();
    }

    @Provides
    @Singleton
    TelegramGateway gateway(TelegramBot bot) {
        return new TelegramGateway(bot);
    }

    @Provides
    @Singleton
    Router router(UseCases useCases, ProcessedUpdates processed, DialogStates dialogs, Clock clock) {
        return new Router(Features.all(useCases), useCases.manageStaff(), processed, dialogs, clock);
    }

    @Provides
    @Singleton
    CrmBot crmBot(TelegramBot bot, TelegramGateway gateway, Router router) {
        return new CrmBot(bot, gateway, router);
    }
}
