package club.lasertag.crm.app.starttime;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.UpdatesListener;

/**
 * The baseline of issue 10's start-time goal: a pengrad bot that does nothing but long-poll. Its only arguments
 * are the token and the Bot API base URL ({@code /bot} appended, as the CRM does).
 */
public final class BarePengradBot {

    private BarePengradBot() {
    }

    public static void main(String[] args) {
        TelegramBot bot = new TelegramBot.Builder(args[0]).apiUrl(args[1] + "/bot").build();
        bot.setUpdatesListener(updates -> UpdatesListener.CONFIRMED_UPDATES_ALL);
    }
}
