package club.lasertag.crm.app;

/**
 * The Bot API server the bot talks to: Telegram's, or the sandbox's emulator.
 *
 * @param baseUrl such as {@code https://api.telegram.org}; pengrad gets it with {@code /bot} appended
 */
record BotApiEndpoint(String token, String baseUrl) {

    @Override
    public String toString() {
        return "BotApiEndpoint[" + baseUrl + "]"; // never the token
    }
}
