package club.lasertag.crm.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

/** The bot on a real Bot API server: Telegram's, or any that speaks its API (TELEGRAM_API_URL). */
final class TelegramEndpointModule extends AbstractModule {

    private final BotApiEndpoint endpoint;

    TelegramEndpointModule(String token, String baseUrl) {
        this.endpoint = new BotApiEndpoint(token, baseUrl);
    }

    @Provides
    BotApiEndpoint endpoint() {
        return endpoint;
    }
}
