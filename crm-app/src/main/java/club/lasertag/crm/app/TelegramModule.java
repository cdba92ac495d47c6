package club.lasertag.crm.app;

import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.tx.ChatLocks;
import club.lasertag.crm.chat.tx.UnitOfWork;
import club.lasertag.crm.chat.updates.Inbox;
import club.lasertag.crm.chat.updates.ProcessedUpdates;
import club.lasertag.crm.telegram.edge.CrmBot;
import club.lasertag.crm.telegram.bot.Features;
import club.lasertag.crm.telegram.edge.RoleMenus;
import club.lasertag.crm.telegram.bot.UseCases;
import club.lasertag.crm.telegram.chat.Router;
import club.lasertag.crm.telegram.chat.UpdateHandler;
import club.lasertag.crm.app.ops.Activity;
import club.lasertag.crm.telegram.edge.BotObserver;
import club.lasertag.crm.telegram.edge.gateway.Sleeper;
import club.lasertag.crm.telegram.edge.gateway.TelegramClients;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.pengrad.telegrambot.TelegramBot;

import java.time.Clock;

/**
 * The bot, on the Bot API server that another module names ({@link TelegramEndpointModule} for Telegram,
 * {@link SandboxModule} for the sandbox).
 */
final class TelegramModule extends AbstractModule {

    private final int handlerThreads;

    /** @param handlerThreads how many updates (of different chats) are handled at once */
    TelegramModule(int handlerThreads) {
        this.handlerThreads = handlerThreads;
    }

    @Provides
    @Singleton
    TelegramBot telegramBot(BotApiEndpoint endpoint) {
        return TelegramClients.create(endpoint.token(), endpoint.baseUrl() + "/bot");
    }

    @Provides
    @Singleton
    TelegramGateway gateway(TelegramBot bot, BotObserver observer) {
        return new TelegramGateway(bot, Sleeper.REAL, observer);
    }

    @Provides
    @Singleton
    Router router(UseCases useCases, DialogStates dialogs, Clock clock, TelegramGateway gateway) {
        return new Router(Features.all(useCases), useCases.manageStaff(), dialogs, clock, new RoleMenus(gateway));
    }

    @Provides
    @Singleton
    UpdateHandler updateHandler(Router router, UnitOfWork unitOfWork, ProcessedUpdates processed, Outbox outbox,
            Inbox inbox, ChatLocks chatLocks) {
        return new UpdateHandler(router, unitOfWork, processed, outbox, inbox, chatLocks);
    }

    @Provides
    @Singleton
    CrmBot crmBot(TelegramBot bot, TelegramGateway gateway, UpdateHandler handler, Outbox outbox,
            BotObserver observer) {
        return new CrmBot(bot, gateway, handler, outbox, handlerThreads, observer);
    }

    /** What the bot tells as it works: kept for /health, and told to the metrics once they run. */
    @Provides
    @Singleton
    Activity activity(Clock clock) {
        return new Activity(clock);
    }

    @Provides
    BotObserver observer(Activity activity) {
        return activity;
    }
}
