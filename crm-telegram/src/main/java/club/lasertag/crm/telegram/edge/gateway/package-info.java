/**
 * The bot's only way to call Telegram ({@link club.lasertag.crm.telegram.edge.gateway.TelegramGateway}, which alone
 * decides when to resend) on pengrad built by {@link club.lasertag.crm.telegram.edge.gateway.TelegramClients}
 * (HTML escaping for user text is {@link club.lasertag.crm.telegram.chat.Html}); messages the bot sends on its own
 * to many chats go through {@link club.lasertag.crm.telegram.edge.gateway.BulkSender}, paced by
 * {@link club.lasertag.crm.telegram.edge.gateway.SendLimiter}.
 */
package club.lasertag.crm.telegram.edge.gateway;
